using EduHub.Core.Contents.Text;

namespace EduHub.UnitTests.Core.Contents.Text;

public sealed class WebAddressTests
{
    [Theory]
    [InlineData("https://heravar.armedu.am")]
    [InlineData("https://www.unicef.org/armenia/en/stories/how-unicef-helping")]
    [InlineData("HTTPS://AYB.AM/")]
    public void IsValid_HttpsAddress_IsTrueEvenWhenHttpsOnly(string value) =>
        Assert.True(WebAddress.IsValid(value, httpsOnly: true));

    [Fact]
    public void IsValid_HttpAddressWhenHttpAllowed_IsTrue() =>
        Assert.True(WebAddress.IsValid("http://stat.armedu.am/?section=city&year=2012", httpsOnly: false));

    [Fact]
    public void IsValid_HttpAddressWhenHttpsOnly_IsFalse() =>
        Assert.False(WebAddress.IsValid("http://stat.armedu.am/", httpsOnly: true));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("javascript://example.am/%0Aalert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("ftp://files.example.am/guide.pdf")]
    [InlineData("file:///etc/passwd")]
    [InlineData("mailto:info@ayb.am")]
    [InlineData("/platforms/dasaran")]
    [InlineData("platforms/dasaran")]
    [InlineData("//evil.example/")]
    [InlineData("https://")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_NotAnAbsoluteHttpAddress_IsFalse(string? value) =>
        Assert.False(WebAddress.IsValid(value, httpsOnly: false));
}
