using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;
using EduHub.Core.Metadata;

namespace EduHub.UnitTests.Core.Contents.Fields;

public sealed class DateFieldRuleTests
{
    private readonly DateFieldRule _date = new(FieldKind.DateField);
    private readonly DateFieldRule _dateTime = new(FieldKind.DateTimeField);

    [Fact]
    public async Task ApplyAsync_RequiredAndMissing_ReportsRequired()
    {
        var outcome = await FieldRuleRunner.RunAsync(_date, null, new JsonObject { ["Required"] = true });
        Assert.Equal(ContentErrorCodes.Required, outcome.SingleError.Code);
    }

    [Fact]
    public async Task ApplyAsync_OptionalAndEmpty_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_date, new JsonObject { ["Value"] = "" })).Errors);

    [Theory]
    [InlineData("16.03.2020")]
    [InlineData("yesterday")]
    [InlineData("2020-02-30")]
    public async Task ApplyAsync_NotIso8601_ReportsWrongType(string text)
    {
        var outcome = await FieldRuleRunner.RunAsync(_date, new JsonObject { ["Value"] = text });
        Assert.Equal(new ContentError(FieldRuleRunner.Path, $"Contact: '{text}' is not a valid ISO 8601 date.", ContentErrorCodes.WrongType), outcome.SingleError);
    }

    [Fact]
    public async Task ApplyAsync_DateField_IsStoredAtMidnightUtc() =>
        Assert.Equal("2020-03-16T00:00:00Z", (await FieldRuleRunner.RunAsync(_date, new JsonObject { ["Value"] = "2020-03-16T15:45:00Z" })).StoredString("Value"));

    [Fact]
    public async Task ApplyAsync_DateTimeWithOffset_IsStoredInUtc() =>
        Assert.Equal("2020-09-14T05:00:00Z", (await FieldRuleRunner.RunAsync(_dateTime, new JsonObject { ["Value"] = "2020-09-14T09:00:00+04:00" })).StoredString("Value"));

    [Fact]
    public async Task ApplyAsync_BeforeMinimum_ReportsOutOfRange()
    {
        var outcome = await FieldRuleRunner.RunAsync(_date, new JsonObject { ["Value"] = "2006-03-31" }, new JsonObject { ["Minimum"] = "2006-04-01" });
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact must not be before 2006-04-01.", ContentErrorCodes.OutOfRange), outcome.SingleError);
    }

    [Fact]
    public async Task ApplyAsync_AfterMaximum_ReportsOutOfRange()
    {
        var outcome = await FieldRuleRunner.RunAsync(_date, new JsonObject { ["Value"] = "2021-01-01" }, new JsonObject { ["Maximum"] = "2020-12-31" });
        Assert.Equal(new ContentError(FieldRuleRunner.Path, "Contact must not be after 2020-12-31.", ContentErrorCodes.OutOfRange), outcome.SingleError);
    }

    [Fact]
    public async Task ApplyAsync_OnTheMaximumDay_IsAccepted() =>
        Assert.Empty((await FieldRuleRunner.RunAsync(_date, new JsonObject { ["Value"] = "2020-12-31T18:00:00Z" }, new JsonObject { ["Maximum"] = "2020-12-31" })).Errors);
}
