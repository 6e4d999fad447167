using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;

namespace EduHub.UnitTests.Core.Contents.Fields;

public sealed class LinkFieldRuleTests
{
    private readonly LinkFieldRule _rule = new();

    [Fact]
    public async Task ApplyAsync_RequiredAndMissing_ReportsRequired()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "Dasaran" }, new JsonObject { ["Required"] = true });
        Assert.Equal(ContentErrorCodes.Required, outcome.SingleError.Code);
    }

    [Fact]
    public async Task ApplyAsync_HttpsAddress_IsStoredTrimmed()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Url"] = "  https://dasaran.am  " });
        Assert.Equal("https://dasaran.am", outcome.StoredString("Url"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://files.example.am")]
    [InlineData("/platforms/dasaran")]
    public async Task ApplyAsync_NotAnHttpAddress_IsRejected(string url)
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Url"] = url });
        Assert.Equal($"Contact must be an http:// or https:// address ('{url}' is not).", outcome.SingleError.Message);
    }

    [Fact]
    public async Task ApplyAsync_HttpWhenHttpsOnly_IsRejected()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Url"] = "http://dasaran.am" }, new JsonObject { ["HttpsOnly"] = true });
        Assert.Equal("Contact must be an https:// address ('http://dasaran.am' is not).", outcome.SingleError.Message);
    }

    [Fact]
    public async Task ApplyAsync_HttpWhenHttpAllowed_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Url"] = "http://dasaran.am" })).Errors);

    [Fact]
    public async Task ApplyAsync_TextNotAString_ReportsWrongType()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Url"] = "https://dasaran.am", ["Text"] = 5 });
        Assert.Equal(ContentErrorCodes.WrongType, outcome.SingleError.Code);
    }
}
