using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;

namespace EduHub.UnitTests.Core.Contents.Fields;

public sealed class BooleanFieldRuleTests
{
    private readonly BooleanFieldRule _rule = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ApplyAsync_TrueOrFalse_IsAccepted(bool value) =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Value"] = value })).Errors);

    [Fact]
    public async Task ApplyAsync_Missing_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, null)).Errors);

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("\"true\"")]
    [InlineData("1")]
    [InlineData("{}")]
    public async Task ApplyAsync_AnythingElse_ReportsWrongType(string json)
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Value"] = JsonNode.Parse(json) });
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact must be true or false.", ContentErrorCodes.WrongType), outcome.SingleError);
    }
}
