using System.Text.Json.Nodes;
using EduHub.ContentEditing.Diffing;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.UnitTests.ContentEditing.Diffing;

public sealed class ContentDifferTests
{
    private static readonly ContentDefinitionSnapshot Definitions = new(1, new ContentDefinitionDocument
    {
        ContentTypes =
        [
            new ContentTypeDefinition
            {
                Name = "Platform",
                DisplayName = "Platform",
                ContentTypePartDefinitionRecords =
                [
                    new() { PartName = "TitlePart", Name = "TitlePart" },
                    new() { PartName = "LocalizationPart", Name = "LocalizationPart" },
                    new() { PartName = "Platform", Name = "Platform" },
                ],
            },
        ],
        ContentParts =
        [
            new ContentPartDefinition
            {
                Name = "Platform",
                ContentPartFieldDefinitionRecords =
                [
                    Field("TextField", "Summary", "Summary"),
                    Field("ContentPickerField", "Provider", "Provider"),
                    Field("TaxonomyField", "Subjects", "Subjects"),
                    Field("MultiTextField", "Grades", "Grades"),
                    Field("NumericField", "MinimumBandwidthKbps", "Minimum bandwidth (kbit/s)"),
                    Field("BooleanField", "Free", "Free of charge"),
                    Field("LinkField", "Website", "Website"),
                ],
            },
        ],
    });

    private static readonly Dictionary<string, string> Names = new()
    {
        ["org1"] = "NCET", ["org2"] = "UNICEF", ["math"] = "Mathematics", ["physics"] = "Physics",
    };

    [Fact]
    public void Compare_ChangedFields_AreMarkedWithTheirDisplayNames()
    {
        var from = Platform();
        var to = Platform();
        to.Field("Platform", "Summary")!["Text"] = "Lessons for grades 1 to 9.";
        to.Field("Platform", "MinimumBandwidthKbps")!["Value"] = 512;

        var changes = ContentDiffer.Compare(Definitions, from, to, Names);

        Assert.Equal(["Summary", "Minimum bandwidth (kbit/s)"], changes.Where(c => c.Changed).Select(c => c.Label));
        var summary = changes.Single(c => c.Label == "Summary");
        Assert.Equal(FieldChangeKind.Text, summary.Kind);
        Assert.Equal("Platform", summary.Group);
        Assert.Contains(new DiffSegment(DiffSegmentKind.Removed, "5"), summary.Segments);
        Assert.Contains(new DiffSegment(DiffSegmentKind.Added, "1"), summary.Segments);
        var bandwidth = changes.Single(c => c.Label == "Minimum bandwidth (kbit/s)");
        Assert.Equal(("256", "512"), (bandwidth.Old, bandwidth.New));
    }

    [Fact]
    public void Compare_SameContent_ChangesNothing()
    {
        var changes = ContentDiffer.Compare(Definitions, Platform(), Platform(), Names);

        Assert.DoesNotContain(changes, c => c.Changed);
        Assert.Contains(changes, c => c.Label == "Grades");
    }

    [Fact]
    public void Compare_PickersAndTerms_ListAddedAndRemovedEntriesByName()
    {
        var to = Platform();
        to.Field("Platform", "Provider")!["ContentItemIds"] = new JsonArray("org2");
        to.Field("Platform", "Subjects")!["TermContentItemIds"] = new JsonArray("math", "physics");

        var changes = ContentDiffer.Compare(Definitions, Platform(), to, Names);

        var provider = changes.Single(c => c.Label == "Provider");
        Assert.Equal(["NCET"], provider.Removed);
        Assert.Equal(["UNICEF"], provider.Added);
        var subjects = changes.Single(c => c.Label == "Subjects");
        Assert.True(subjects.Changed);
        Assert.Empty(subjects.Removed);
        Assert.Equal(["Physics"], subjects.Added);
        Assert.Equal(["Mathematics"], subjects.Kept);
    }

    [Fact]
    public void Compare_ListEntries_UnknownIdsShowAsThemselves()
    {
        var to = Platform();
        to.Field("Platform", "Provider")!["ContentItemIds"] = new JsonArray("org1", "gone");

        var provider = ContentDiffer.Compare(Definitions, Platform(), to, Names).Single(c => c.Label == "Provider");

        Assert.Equal(["gone"], provider.Added);
    }

    [Fact]
    public void Compare_Metadata_DisplayTextOwnerAndCultureAreCompared()
    {
        var to = Platform();
        to.DisplayText = "Heravar 2";
        to.Owner = "editor";
        to.Part("LocalizationPart")!["Culture"] = "en";

        var changed = ContentDiffer.Compare(Definitions, Platform(), to, Names).Where(c => c.Changed).ToList();

        Assert.Equal(["Display text", "Owner", "Culture"], changed.Select(c => c.Label));
        Assert.All(changed, c => Assert.True(c.Localize));
        Assert.Equal(("hy", "en"), (changed[2].Old, changed[2].New));
    }

    [Fact]
    public void Compare_YesNoAndLinks_ShowReadableValues()
    {
        var to = Platform();
        to.Field("Platform", "Free")!["Value"] = false;
        to.Field("Platform", "Website")!["Url"] = "https://new.example.am";

        var changes = ContentDiffer.Compare(Definitions, Platform(), to, Names);

        var free = changes.Single(c => c.Label == "Free of charge");
        Assert.Equal(("Yes", "No", true), (free.Old, free.New, free.LocalizeValues));
        var website = changes.Single(c => c.Label == "Website");
        Assert.Equal(("Open (https://learn.example.am)", "Open (https://new.example.am)"), (website.Old, website.New));
    }

    [Fact]
    public void Compare_FieldMissingInTheOldVersion_IsAnAddition()
    {
        var from = Platform();
        from.Part("Platform")!.Remove("Grades");

        var grades = ContentDiffer.Compare(Definitions, from, Platform(), Names).Single(c => c.Label == "Grades");

        Assert.True(grades.Changed);
        Assert.Equal(["5", "6"], grades.Added);
    }

    [Fact]
    public void References_CollectsPickedItemsAndTaxonomies()
    {
        var references = ContentDiffer.References(Definitions, [Platform()]);

        Assert.Equal(["org1"], references.Items);
        Assert.Equal(["subjects"], references.Taxonomies);
    }

    [Fact]
    public void TermNames_IncludesNestedTerms()
    {
        var taxonomy = new ContentItem { ContentType = "Taxonomy" };
        taxonomy.Content["TaxonomyPart"] = new JsonObject
        {
            ["Terms"] = new JsonArray(new JsonObject
            {
                ["ContentItemId"] = "science", ["DisplayText"] = "Science",
                ["Terms"] = new JsonArray(new JsonObject { ["ContentItemId"] = "physics", ["TitlePart"] = new JsonObject { ["Title"] = "Physics" } }),
            }),
        };

        var names = ContentDiffer.TermNames(taxonomy);

        Assert.Equal("Science", names["science"]);
        Assert.Equal("Physics", names["physics"]);
    }

    private static ContentPartFieldDefinition Field(string kind, string name, string displayName) => new()
    {
        FieldName = kind,
        Name = name,
        Settings = new JsonObject { ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = displayName } },
    };

    private static ContentItem Platform()
    {
        var item = new ContentItem { ContentItemId = "p1", ContentType = "Platform", DisplayText = "Heravar", Owner = "admin" };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = "Heravar" };
        item.Content["LocalizationPart"] = new JsonObject { ["Culture"] = "hy", ["LocalizationSet"] = "set1" };
        item.Content["Platform"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = "Lessons for grades 5 to 9." },
            ["Provider"] = new JsonObject { ["ContentItemIds"] = new JsonArray("org1") },
            ["Subjects"] = new JsonObject { ["TaxonomyContentItemId"] = "subjects", ["TermContentItemIds"] = new JsonArray("math") },
            ["Grades"] = new JsonObject { ["Values"] = new JsonArray("5", "6") },
            ["MinimumBandwidthKbps"] = new JsonObject { ["Value"] = 256 },
            ["Free"] = new JsonObject { ["Value"] = true },
            ["Website"] = new JsonObject { ["Url"] = "https://learn.example.am", ["Text"] = "Open" },
        };
        return item;
    }
}
