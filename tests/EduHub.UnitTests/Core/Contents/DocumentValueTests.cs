using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.UnitTests.Core.Contents;

/// <summary>Reading an item's cached document and reading its JsonObject must give the same values.</summary>
public sealed class DocumentValueTests
{
    private const string Json = """
        {
          "Platform": {
            "Website": { "Url": "https://armedu.am/", "Text": "Արմեդու" },
            "Pupils": { "Value": 412 },
            "Share": { "Value": 0.25 },
            "Huge": { "Value": 1e30 },
            "Quoted": { "Value": "3" },
            "Free": { "Value": true },
            "FreeText": { "Value": "false" },
            "Null": { "Value": null },
            "Languages": { "Values": ["hy", 7, null, "ru"] },
            "Provider": { "ContentItemIds": ["p1", "p2"] },
            "Nothing": null,
            "Text": "not an object"
          }
        }
        """;

    public static TheoryData<string, string> Reads() => new()
    {
        { "Website", "Url" }, { "Website", "Text" }, { "Website", "Target" }, { "Pupils", "Value" }, { "Share", "Value" },
        { "Huge", "Value" }, { "Quoted", "Value" }, { "Free", "Value" }, { "FreeText", "Value" }, { "Null", "Value" },
        { "Languages", "Values" }, { "Provider", "ContentItemIds" }, { "Nothing", "Value" }, { "Text", "Value" }, { "Missing", "Value" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public void The_cached_document_and_the_json_object_read_alike(string field, string property)
    {
        var fromDocument = Document().Read("Platform")[field];
        var touched = Document();
        _ = touched.Content;
        var fromObject = touched.Read("Platform")[field];
        var settings = touched.Content["Platform"]![field] as JsonObject;

        foreach (var value in new[] { fromDocument, fromObject })
        {
            Assert.Equal(settings is not null, value.IsObject);
            Assert.Equal(settings?.GetString(property), value.GetString(property));
            Assert.Equal(settings?.GetStrings(property) ?? [], value.GetStrings(property));
            Assert.Equal(settings?.GetBool(property) ?? false, value[property].AsBool());
            Assert.Equal(settings?[property] is not null, value[property].Exists);
            Assert.Equal(JsonNumbers.TryGetDecimal(settings?[property], out var number) ? number : null, value[property].AsNumber());
        }
    }

    [Fact]
    public void Values_come_out_as_stored()
    {
        var platform = Document().Read("Platform");

        Assert.Equal("Արմեդու", platform["Website"].GetString("Text"));
        Assert.Equal(412m, platform["Pupils"]["Value"].AsNumber());
        Assert.Null(platform["Huge"]["Value"].AsNumber());
        Assert.Null(platform["Quoted"]["Value"].AsNumber());
        Assert.Equal("3", platform["Quoted"].GetString("Value"));
        Assert.Equal("412", platform["Pupils"].GetString("Value"));
        Assert.False(platform["FreeText"]["Value"].AsBool(fallback: true));
        Assert.Equal(["hy", "ru"], platform["Languages"].GetStrings("Values"));
        Assert.False(platform["Nothing"].Exists);
        Assert.False(platform["Text"]["Value"].Exists);
    }

    [Fact]
    public void Once_the_content_was_changed_reads_see_the_change_and_the_cached_document_does_not()
    {
        var document = JsonDocument.Parse(Json).RootElement;
        var item = new ContentItem();
        item.SetDocument(document);
        Assert.Equal("https://armedu.am/", item.Read("Platform")["Website"].GetString("Url"));

        item.Part("Platform")!["Website"] = null;
        item.GetOrCreatePart("TitlePart")["Title"] = "Նոր";

        Assert.False(item.Read("Platform")["Website"].Exists);
        Assert.Equal("Նոր", item.Read("TitlePart").GetString("Title"));
        var other = new ContentItem();
        other.SetDocument(document);
        Assert.Equal("https://armedu.am/", other.Read("Platform")["Website"].GetString("Url"));
        Assert.False(other.Read("TitlePart").Exists);
    }

    [Fact]
    public void An_item_without_a_document_has_no_content_until_some_is_set()
    {
        var item = new ContentItem();
        Assert.False(item.HasContent);
        Assert.False(item.Read("Platform").Exists);

        item.SetDocument(JsonDocument.Parse("{}").RootElement);
        Assert.False(item.HasContent);

        item.SetDocument(JsonDocument.Parse(Json).RootElement);
        Assert.True(item.HasContent);

        item.Content = [];
        Assert.False(item.HasContent);
        Assert.False(item.Read("Platform").Exists);
    }

    private static ContentItem Document()
    {
        var item = new ContentItem();
        item.SetDocument(JsonDocument.Parse(Json).RootElement);
        return item;
    }
}
