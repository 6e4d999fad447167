using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.UnitTests.Core.Contents;

public sealed class ContentItemJsonTests
{
    private static readonly string[] MetadataOrder =
    [
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author",
    ];

    [Fact]
    public void ToJson_Properties_FollowOrchardCoreOrderThenParts()
    {
        var names = ContentItemJson.ToJson(Platform()).Select(p => p.Key).ToArray();
        Assert.Equal([.. MetadataOrder, "TitlePart", "Platform"], names);
    }

    [Fact]
    public void Serialize_WithJsonSerializer_UsesTheSameFlatShape()
    {
        var json = JsonSerializer.Serialize(Platform());
        Assert.StartsWith("{\"ContentItemId\":\"4x7dk1q9rbv0n5s3m8ae2cwz6h\",\"ContentItemVersionId\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Dates_AreIsoUtcWithZ()
    {
        var json = ContentItemJson.ToJson(Platform());
        Assert.Equal("2020-03-17T09:30:00.5Z", json["CreatedUtc"]!.GetValue<string>());
    }

    [Fact]
    public void ToJson_PartsAreCopies_EditingTheJsonLeavesTheItemAlone()
    {
        var item = Platform();
        var json = ContentItemJson.ToJson(item);
        json["TitlePart"]!["Title"] = "changed";
        Assert.Equal("Dasaran", item.Part("TitlePart")!["Title"]!.GetValue<string>());
    }

    [Fact]
    public void FromJson_OfToJson_RoundTripsEveryProperty()
    {
        var original = Platform();
        var copy = ContentItemJson.FromJson(ContentItemJson.ToJson(original));
        Assert.Equal(
            (original.ContentItemId, original.ContentItemVersionId, original.ContentType, original.DisplayText, original.Latest, original.Published,
                original.ModifiedUtc, original.PublishedUtc, original.CreatedUtc, original.Owner, original.Author),
            (copy.ContentItemId, copy.ContentItemVersionId, copy.ContentType, copy.DisplayText, copy.Latest, copy.Published,
                copy.ModifiedUtc, copy.PublishedUtc, copy.CreatedUtc, copy.Owner, copy.Author));
    }

    [Fact]
    public void FromJson_OfToJson_RoundTripsParts()
    {
        var original = Platform();
        var copy = ContentItemJson.FromJson(ContentItemJson.ToJson(original));
        Assert.True(JsonNode.DeepEquals(original.Content, copy.Content), copy.Content.ToJsonString());
    }

    [Fact]
    public void FromJson_Dates_AreUtc()
    {
        var item = ContentItemJson.FromJson(new JsonObject { ["ModifiedUtc"] = "2020-03-16T12:00:00+04:00" });
        Assert.Equal(new DateTime(2020, 3, 16, 8, 0, 0, DateTimeKind.Utc), item.ModifiedUtc);
        Assert.Equal(DateTimeKind.Utc, item.ModifiedUtc!.Value.Kind);
    }

    [Fact]
    public void FromJson_UnknownTopLevelObjects_BecomeParts()
    {
        var item = ContentItemJson.FromJson(JsonNode.Parse("""{"ContentType":"Platform","Platform":{"Website":{"Url":"https://dasaran.am"}}}""")!.AsObject());
        Assert.Equal("https://dasaran.am", item.Field("Platform", "Website")!["Url"]!.GetValue<string>());
    }

    [Fact]
    public void FromJson_MetadataProperties_AreNotParts()
    {
        var item = ContentItemJson.FromJson(ContentItemJson.ToJson(Platform()));
        Assert.Equal(["TitlePart", "Platform"], item.Content.Select(p => p.Key).ToArray());
    }

    [Fact]
    public void FromJson_MissingMetadata_GetsDefaults()
    {
        var item = ContentItemJson.FromJson([]);
        Assert.Equal(("", "", "", null, false, false, (DateTime?)null), (item.ContentItemId, item.ContentItemVersionId, item.ContentType, item.Owner, item.Latest, item.Published, item.CreatedUtc));
    }

    [Theory]
    [InlineData("""{"ContentItemId": 42}""", "ContentItemId")]
    [InlineData("""{"ContentType": ["Platform"]}""", "ContentType")]
    [InlineData("""{"DisplayText": {"hy": "Դասարան"}}""", "DisplayText")]
    [InlineData("""{"Owner": 7}""", "Owner")]
    [InlineData("""{"Latest": "true"}""", "Latest")]
    [InlineData("""{"Published": 1}""", "Published")]
    [InlineData("""{"CreatedUtc": 1584437400}""", "CreatedUtc")]
    [InlineData("""{"ModifiedUtc": "yesterday"}""", "ModifiedUtc")]
    [InlineData("""{"PublishedUtc": "2020-13-45"}""", "PublishedUtc")]
    public void FromJson_MetadataOfTheWrongType_ThrowsFormatExceptionNamingTheProperty(string json, string property)
    {
        var error = Assert.Throws<FormatException>(() => ContentItemJson.FromJson(JsonNode.Parse(json)!.AsObject()));
        Assert.Contains($"'{property}'", error.Message, StringComparison.Ordinal);
    }

    private static ContentItem Platform()
    {
        var item = new ContentItem
        {
            ContentItemId = "4x7dk1q9rbv0n5s3m8ae2cwz6h",
            ContentItemVersionId = "4x7dk1q9rbv0n5s3m8ae2cwz7j",
            ContentType = "Platform",
            DisplayText = "Dasaran",
            Latest = true,
            Published = true,
            ModifiedUtc = new DateTime(2020, 3, 18, 10, 0, 0, DateTimeKind.Utc).AddTicks(1234567),
            PublishedUtc = new DateTime(2020, 3, 18, 10, 0, 0, DateTimeKind.Utc),
            CreatedUtc = new DateTime(2020, 3, 17, 9, 30, 0, 500, DateTimeKind.Utc),
            Owner = "admin",
            Author = "ncet-editor",
        };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = "Dasaran" };
        item.Content["Platform"] = new JsonObject
        {
            ["Website"] = new JsonObject { ["Url"] = "https://dasaran.am", ["Text"] = "Դասարան" },
            ["Users"] = new JsonObject { ["Value"] = 1214409 },
        };
        return item;
    }
}
