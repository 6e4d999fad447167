using EduHub.Core.Contents.Text;

namespace EduHub.UnitTests.Core.Contents.Text;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("info@ayb.am")]
    [InlineData("first.last+news@mail.example.org")]
    [InlineData("a@b.co")]
    public void IsValid_PlainAddressWithDottedDomain_IsTrue(string value) =>
        Assert.True(EmailAddress.IsValid(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("plainaddress")]
    [InlineData("@example.am")]
    [InlineData("user@")]
    [InlineData("user@localhost")]
    [InlineData("user@example.")]
    [InlineData("user @example.am")]
    [InlineData("user@exa mple.am")]
    [InlineData(" user@example.am")]
    [InlineData("User <user@example.am>")]
    [InlineData("user@example.am, other@example.am")]
    public void IsValid_NotABareAddress_IsFalse(string? value) =>
        Assert.False(EmailAddress.IsValid(value));

    [Fact]
    public void IsValid_LongerThan254Characters_IsFalse() =>
        Assert.False(EmailAddress.IsValid(new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".am"));
}
