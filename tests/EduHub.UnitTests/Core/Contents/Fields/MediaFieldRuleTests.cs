using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;

namespace EduHub.UnitTests.Core.Contents.Fields;

public sealed class MediaFieldRuleTests
{
    private readonly MediaFieldRule _rule = new();

    [Fact]
    public async Task ApplyAsync_RequiredAndNoPaths_ReportsRequired()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Paths(), new JsonObject { ["Required"] = true });
        Assert.Equal(ContentErrorCodes.Required, outcome.SingleError.Code);
    }

    [Theory]
    [InlineData("guides/safety/cover.jpg")]
    [InlineData("https://cdn.example.am/cover.jpg")]
    public async Task ApplyAsync_MediaPathOrHttpsUrl_IsAccepted(string path) =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, Paths(path))).Errors);

    [Theory]
    [InlineData("../appsettings.json")]
    [InlineData("guides/../../secrets.txt")]
    [InlineData("guides\\..\\..\\secrets.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("http://cdn.example.am/cover.jpg")]
    [InlineData("javascript://cdn.example.am/%0Aalert(1)")]
    public async Task ApplyAsync_PathLeavingTheLibraryOrUnsafeUrl_IsRejected(string path)
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Paths(path));
        Assert.Equal($"Contact: '{path}' must be a media path or an https:// address.", outcome.SingleError.Message);
    }

    [Fact]
    public async Task ApplyAsync_TwoFilesWhenSingle_IsRejected()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Paths("a.jpg", "b.jpg"));
        Assert.Equal("Contact accepts a single file.", outcome.SingleError.Message);
    }

    [Fact]
    public async Task ApplyAsync_TwoFilesWhenMultiple_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, Paths("a.jpg", "b.jpg"), new JsonObject { ["Multiple"] = true })).Errors);

    private static JsonObject Paths(params string[] paths) =>
        new() { ["Paths"] = new JsonArray(paths.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()) };
}
