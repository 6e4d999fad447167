using EduHub.Core.Security;

namespace EduHub.UnitTests.Core.Security;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("/partners/en/organisation", "/partners/en/organisation")]
    [InlineData("/partners", "/partners")]
    [InlineData("/partners?x=1", "/partners?x=1")]
    [InlineData("/partnersx/evil", "/fallback")]
    [InlineData("/admin/users", "/fallback")]
    [InlineData("//evil.example/partners/", "/fallback")]
    [InlineData("/\\evil.example", "/fallback")]
    [InlineData("https://evil.example/partners/", "/fallback")]
    [InlineData("/partners/\r\nSet-Cookie: x", "/fallback")]
    [InlineData(null, "/fallback")]
    [InlineData("", "/fallback")]
    public void Only_local_paths_inside_the_area_are_kept(string? returnUrl, string expected) =>
        Assert.Equal(expected, ReturnUrls.Within(returnUrl, "/partners", "/fallback"));
}
