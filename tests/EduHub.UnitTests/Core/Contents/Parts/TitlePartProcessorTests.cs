using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.UnitTests.Core.Contents.Parts;

public sealed class TitlePartProcessorTests
{
    [Fact]
    public async Task ProcessAsync_Title_IsTrimmedAndBecomesDisplayText()
    {
        var (item, _) = await ProcessAsync("  Երևանի թիվ 114 դպրոց  ");
        Assert.Equal(("Երևանի թիվ 114 դպրոց", "Երևանի թիվ 114 դպրոց"), (item.Part("TitlePart")!["Title"]!.GetValue<string>(), item.DisplayText));
    }

    [Theory]
    [InlineData("EditableRequired")]
    [InlineData("1")]
    public async Task ProcessAsync_RequiredAndBlank_ReportsRequiredOnTitle(string options)
    {
        var (_, errors) = await ProcessAsync("   ", new JsonObject { ["Options"] = options });
        Assert.Equal(new ContentError("TitlePart.Title", "Title is required.", ContentErrorCodes.Required), Assert.Single(errors));
    }

    [Fact]
    public async Task ProcessAsync_OptionalAndMissing_IsAccepted()
    {
        var (_, errors) = await ProcessAsync(null, new JsonObject { ["Options"] = "Editable" });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ProcessAsync_OptionalAndMissing_ClearsDisplayText()
    {
        var (item, _) = await ProcessAsync(null);
        Assert.Null(item.DisplayText);
    }

    [Fact]
    public async Task ProcessAsync_LongerThanMaxLength_ReportsTooLong()
    {
        var (_, errors) = await ProcessAsync("Dasaran", JsonNode.Parse("""{"MaxLength": 5}""")!.AsObject());
        Assert.Equal(new ContentError("TitlePart.Title", "Title must be at most 5 characters.", ContentErrorCodes.TooLong), Assert.Single(errors));
    }

    [Fact]
    public async Task ProcessAsync_LongerThanDefault512_ReportsTooLong()
    {
        var (_, errors) = await ProcessAsync(new string('ա', 513));
        Assert.Equal(ContentErrorCodes.TooLong, Assert.Single(errors).Code);
    }

    [Fact]
    public async Task ProcessAsync_Exactly512_IsAccepted()
    {
        var (_, errors) = await ProcessAsync(new string('ա', 512));
        Assert.Empty(errors);
    }

    private static async Task<(ContentItem Item, IReadOnlyList<ContentError> Errors)> ProcessAsync(string? title, JsonObject? settings = null)
    {
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "School", DisplayText = "stale" };
        if (title is not null)
        {
            item.GetOrCreatePart("TitlePart")["Title"] = title;
        }

        var typePart = new ContentTypePartDefinition
        {
            PartName = "TitlePart",
            Name = "TitlePart",
            Settings = new JsonObject { ["TitlePartSettings"] = settings ?? [] },
        };
        await using var database = new Database(DatabaseProvider.Sqlite, "Data Source=:memory:");
        await using var session = await DbSession.BeginAsync(database, CancellationToken.None);
        var validation = new ValidateContentContext(item, null, ContentCaller.System, ContentDefinitionSnapshot.Empty, session);
        await new TitlePartProcessor().ProcessAsync(new PartContext(validation, typePart, new ContentLookup(new ContentStore())), CancellationToken.None);
        return (item, validation.Errors);
    }
}
