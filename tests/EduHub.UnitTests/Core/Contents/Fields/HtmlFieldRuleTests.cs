using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;

namespace EduHub.UnitTests.Core.Contents.Fields;

public sealed class HtmlFieldRuleTests
{
    private readonly HtmlFieldRule _rule = new();

    [Fact]
    public async Task ApplyAsync_Script_IsRemovedFromTheStoredHtml()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Html"] = "<p>Բարև</p><script>alert(1)</script>" });
        Assert.Equal("<p>Բարև</p>", outcome.StoredString("Html"));
    }

    [Fact]
    public async Task ApplyAsync_SanitizingSwitchedOff_StoresHtmlAsWritten()
    {
        const string html = "<p>Բարև</p><script>track()</script>";
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Html"] = html }, new JsonObject { ["SanitizeHtml"] = false });
        Assert.Equal(html, outcome.StoredString("Html"));
    }

    [Fact]
    public async Task ApplyAsync_RequiredAndOnlyAScript_ReportsRequired()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Html"] = "<script>alert(1)</script>" }, new JsonObject { ["Required"] = true });
        Assert.Equal(ContentErrorCodes.Required, outcome.SingleError.Code);
    }

    [Fact]
    public async Task ApplyAsync_OptionalAndMissing_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, null)).Errors);
}
