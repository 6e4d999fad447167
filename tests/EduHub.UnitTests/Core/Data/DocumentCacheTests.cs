using System.Text;
using EduHub.Core.Contents;
using EduHub.Core.Data;

namespace EduHub.UnitTests.Core.Data;

public sealed class DocumentCacheTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("""{"TitlePart":{"Title":"Երևան"},"School":{"Pupils":{"Value":412}}}""");

    [Fact]
    public void A_reader_that_edits_its_item_never_changes_what_the_next_reader_gets()
    {
        using var cache = new DocumentCache(10);
        var first = Item(cache.Add(7, Document));
        first.Content["TitlePart"]!["Title"] = "changed";
        first.Content.Remove("School");

        Assert.True(cache.TryGet(7, out var cached));
        var second = Item(cached);
        second.Content["School"]!["Pupils"]!["Value"] = 0;
        Assert.True(cache.TryGet(7, out cached));
        var third = Item(cached);

        Assert.Equal("changed", first.Read("TitlePart").GetString("Title"));
        Assert.Equal("Երևան", third.Read("TitlePart").GetString("Title"));
        Assert.Equal(412m, third.Read("School")["Pupils"]["Value"].AsNumber());
        Assert.Equal("Երևան", (string?)third.Content["TitlePart"]!["Title"]);
    }

    [Fact]
    public void Unknown_rows_miss_and_a_zero_capacity_keeps_nothing()
    {
        using var cache = new DocumentCache(10);
        using var off = new DocumentCache(0);
        var parsed = Item(off.Add(1, Document));

        Assert.False(cache.TryGet(1, out _));
        Assert.False(off.TryGet(1, out _));
        Assert.Equal("Երևան", parsed.Read("TitlePart").GetString("Title"));
    }

    [Fact]
    public void A_document_that_is_not_an_object_reads_as_an_empty_one()
    {
        using var cache = new DocumentCache(10);
        var item = Item(cache.Add(3, "[1, 2]"u8));

        Assert.False(item.HasContent);
        Assert.False(item.Read("TitlePart").Exists);
        Assert.Empty(item.Content);
        Assert.False(cache.TryGet(3, out _));
    }

    private static ContentItem Item(System.Text.Json.JsonElement document)
    {
        var item = new ContentItem();
        item.SetDocument(document);
        return item;
    }
}
