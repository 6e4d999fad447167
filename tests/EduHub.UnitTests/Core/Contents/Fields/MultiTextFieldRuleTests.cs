using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;

namespace EduHub.UnitTests.Core.Contents.Fields;

public sealed class MultiTextFieldRuleTests
{
    private readonly MultiTextFieldRule _rule = new();

    [Fact]
    public async Task ApplyAsync_RequiredAndOnlyBlankValues_ReportsRequired()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Values(" ", ""), new JsonObject { ["Required"] = true });
        Assert.Equal(ContentErrorCodes.Required, outcome.SingleError.Code);
    }

    [Fact]
    public async Task ApplyAsync_Values_AreTrimmedAndDeduplicated()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Values(" hy", "ru ", "hy", ""));
        Assert.Equal(["hy", "ru"], outcome.Stored!["Values"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task ApplyAsync_ValueOutsideOptions_ReportsNotAllowed()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Values("hy", "xx"), Options("hy", "ru", "en"));
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact: 'xx' is not one of the allowed values (hy, ru, en).", ContentErrorCodes.NotAllowed), outcome.SingleError);
    }

    [Fact]
    public async Task ApplyAsync_ValuesInsideOptions_AreAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, Values("hy", "en"), Options("hy", "ru", "en"))).Errors);

    [Fact]
    public async Task ApplyAsync_PhoneFormat_StoresEveryValueAsE164()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Values("(010) 578455", "077 123456"), new JsonObject { ["Format"] = "Phone" });
        Assert.Equal(["+37410578455", "+37477123456"], outcome.Stored!["Values"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task ApplyAsync_PhoneFormatWithOneBadNumber_ReportsThatNumber()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, Values("077 123456", "12345"), new JsonObject { ["Format"] = "Phone" });
        Assert.Contains("'12345'", outcome.SingleError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_NotAnArrayOfStrings_ReportsWrongType()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Values"] = new JsonArray(1, 2) });
        Assert.Equal(ContentErrorCodes.WrongType, outcome.SingleError.Code);
    }

    private static JsonObject Values(params string[] values) =>
        new() { ["Values"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) };

    private static JsonObject Options(params string[] values) =>
        new() { ["Options"] = new JsonArray(values.Select(v => (JsonNode?)new JsonObject { ["name"] = v, ["value"] = v }).ToArray()) };
}
