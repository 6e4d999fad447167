using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;

namespace EduHub.UnitTests.Core.Contents.Fields;

public sealed class NumericFieldRuleTests
{
    private readonly NumericFieldRule _rule = new();

    [Fact]
    public async Task ApplyAsync_RequiredAndMissing_ReportsRequired()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject(), Settings("""{"Required": true}"""));
        Assert.Equal(ContentErrorCodes.Required, outcome.SingleError.Code);
    }

    [Fact]
    public async Task ApplyAsync_OptionalAndMissing_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, new JsonObject())).Errors);

    [Theory]
    [InlineData("\"12\"")]
    [InlineData("true")]
    [InlineData("[1]")]
    public async Task ApplyAsync_NotANumber_ReportsWrongType(string json)
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Value"] = JsonNode.Parse(json) });
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact must be a number.", ContentErrorCodes.WrongType), outcome.SingleError);
    }

    [Fact]
    public async Task ApplyAsync_BelowMinimum_ReportsOutOfRange()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Value(0), Settings("""{"Minimum": 1}"""));
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact must be at least 1.", ContentErrorCodes.OutOfRange), outcome.SingleError);
    }

    [Fact]
    public async Task ApplyAsync_AboveMaximumGivenAsString_ReportsOutOfRange()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Value(13), Settings("""{"Maximum": "12"}"""));
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact must be at most 12.", ContentErrorCodes.OutOfRange), outcome.SingleError);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public async Task ApplyAsync_AtTheBounds_IsAccepted(int grade) =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, Value(grade), Settings("""{"Minimum": 1, "Maximum": 12}"""))).Errors);

    [Fact]
    public async Task ApplyAsync_FractionWithScaleZero_ReportsWholeNumber()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Value(2.5m), Settings("""{"Scale": 0}"""));
        Assert.Equal("Contact must be a whole number.", outcome.SingleError.Message);
    }

    [Fact]
    public async Task ApplyAsync_TooManyDecimals_ReportsTheScale()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Value(0.125m), Settings("""{"Scale": 2}"""));
        Assert.Equal("Contact allows at most 2 decimal places.", outcome.SingleError.Message);
    }

    [Fact]
    public async Task ApplyAsync_WholeNumberWrittenWithDecimalZero_FitsScaleZero() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Value"] = JsonNode.Parse("3.0") }, Settings("""{"Scale": 0}"""))).Errors);

    [Fact]
    public async Task ApplyAsync_NumberBeyondDecimalRange_ReportsAnErrorInsteadOfThrowing()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Value"] = JsonNode.Parse("1e30") }, Settings("""{"Maximum": 100}"""));
        Assert.NotEmpty(outcome.Errors);
    }

    [Fact]
    public async Task ApplyAsync_IntegerValueBuiltInCode_IsCheckedLikeAParsedOne()
    {
        // Handlers and the demo generator build values in C#; JsonValue.Create(13) is not backed by a JsonElement.
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Value"] = 13 }, Settings("""{"Maximum": 12}"""));
        Assert.Equal(ContentErrorCodes.OutOfRange, outcome.SingleError.Code);
    }

    /// <summary>Settings as they arrive from recipes and the definitions store: parsed JSON.</summary>
    private static JsonObject Settings(string json) => JsonNode.Parse(json)!.AsObject();

    private static JsonObject Value(decimal value) => new() { ["Value"] = value };
}
