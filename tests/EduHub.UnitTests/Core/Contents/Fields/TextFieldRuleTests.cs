using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;

namespace EduHub.UnitTests.Core.Contents.Fields;

public sealed class TextFieldRuleTests
{
    private readonly TextFieldRule _rule = new();

    [Fact]
    public async Task ApplyAsync_RequiredAndMissing_ReportsRequiredOnTheField()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, null, new JsonObject { ["Required"] = true });
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact is required.", ContentErrorCodes.Required), outcome.SingleError);
    }

    [Fact]
    public async Task ApplyAsync_RequiredAndOnlySpaces_ReportsRequired()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "   " }, new JsonObject { ["Required"] = true });
        Assert.Equal(ContentErrorCodes.Required, outcome.SingleError.Code);
    }

    [Fact]
    public async Task ApplyAsync_OptionalAndMissing_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, null)).Errors);

    [Fact]
    public async Task ApplyAsync_OnlySpaces_IsStoredAsNull()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "   " });
        Assert.Null(outcome.Stored!["Text"]);
    }

    [Fact]
    public async Task ApplyAsync_Text_IsStoredTrimmed() =>
        Assert.Equal("Դպրոց", (await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "  Դպրոց \n" })).StoredString("Text"));

    [Fact]
    public async Task ApplyAsync_NotAString_ReportsWrongType()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = 42 });
        Assert.Equal(ContentErrorCodes.WrongType, outcome.SingleError.Code);
    }

    [Fact]
    public async Task ApplyAsync_LongerThanMaxLength_ReportsTooLong()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "Երևանի դպրոց" }, JsonNode.Parse("""{"MaxLength": 5}""")!.AsObject());
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact must be at most 5 characters (it has 12).", ContentErrorCodes.TooLong), outcome.SingleError);
    }

    [Fact]
    public async Task ApplyAsync_AtMaxLength_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "Երևան" }, new JsonObject { ["MaxLength"] = "5" })).Errors);

    [Fact]
    public async Task ApplyAsync_PatternMismatch_ReportsThePatternMessage()
    {
        var settings = new JsonObject { ["Pattern"] = @"^\d{4}$", ["PatternMessage"] = "Postal code must be 4 digits." };
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "375010" }, settings);
        Assert.Equal("Postal code must be 4 digits.", outcome.SingleError.Message);
    }

    [Fact]
    public async Task ApplyAsync_PatternMatch_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "0010" }, new JsonObject { ["Pattern"] = @"^\d{4}$" })).Errors);

    [Fact]
    public async Task ApplyAsync_ValueOutsidePredefinedList_ReportsNotAllowed()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "de" }, extraSettings: Options("hy", "ru", "en"));
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact: 'de' is not one of the allowed values (hy, ru, en).", ContentErrorCodes.NotAllowed), outcome.SingleError);
    }

    [Fact]
    public async Task ApplyAsync_ValueInPredefinedList_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "ru" }, extraSettings: Options("hy", "ru", "en"))).Errors);

    [Fact]
    public async Task ApplyAsync_PhoneFormat_StoresE164()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "(010) 57-84-55" }, new JsonObject { ["Format"] = "Phone" });
        Assert.Equal("+37410578455", outcome.StoredString("Text"));
    }

    [Fact]
    public async Task ApplyAsync_PhoneFormatWithForeignNumber_ReportsTheExpectedFormat()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "+375 29 1234567" }, new JsonObject { ["Format"] = "Phone" });
        Assert.Contains("not a valid Armenian phone number", outcome.SingleError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_EmailFormat_StoresLowerCase()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "Info@AYB.am" }, new JsonObject { ["Format"] = "Email" });
        Assert.Equal("info@ayb.am", outcome.StoredString("Text"));
    }

    [Fact]
    public async Task ApplyAsync_EmailFormatWithBadAddress_ReportsIt()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "info@ayb" }, new JsonObject { ["Format"] = "Email" });
        Assert.Equal("Contact: 'info@ayb' is not a valid e-mail address.", outcome.SingleError.Message);
    }

    [Fact]
    public async Task ApplyAsync_UrlFormatWithJavascript_ReportsIt()
    {
        var outcome = await FieldRuleRunner.RunAsync(_rule, new JsonObject { ["Text"] = "javascript:alert(1)" }, new JsonObject { ["Format"] = "Url" });
        Assert.Equal(ContentErrorCodes.Invalid, outcome.SingleError.Code);
    }

    private static JsonObject Options(params string[] values) => new()
    {
        ["TextFieldPredefinedListEditorSettings"] = new JsonObject
        {
            ["Options"] = new JsonArray(values.Select(v => (JsonNode?)new JsonObject { ["name"] = v.ToUpperInvariant(), ["value"] = v }).ToArray()),
        },
    };
}
