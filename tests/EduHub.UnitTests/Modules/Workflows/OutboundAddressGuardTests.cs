using System.Net;
using EduHub.Workflows.Http;

namespace EduHub.UnitTests.Modules.Workflows;

public sealed class OutboundAddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("2a00:1450:4001::1", true)]
    public void Only_public_addresses_pass(string address, bool isPublic) =>
        Assert.Equal(isPublic, OutboundAddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://api.example.am/x", null)]
    [InlineData("http://localhost:5000/", "private or local")]
    [InlineData("http://[fd00::1]/", "private or local")]
    [InlineData("ftp://example.am/", "Only http")]
    public void Urls_are_judged_before_any_connection(string url, string? refusal)
    {
        var result = OutboundAddressGuard.Refusal(new Uri(url), allowPrivate: false);
        if (refusal is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Contains(refusal, result, StringComparison.Ordinal);
        }
    }
}
