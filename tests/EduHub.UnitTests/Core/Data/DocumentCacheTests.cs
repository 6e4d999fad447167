using System.Text;
using EduHub.Core.Data;

namespace EduHub.UnitTests.Core.Data;

public sealed class DocumentCacheTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("""{"TitlePart":{"Title":"Երևան"},"School":{"Pupils":{"Value":412}}}""");

    [Fact]
    public void A_reader_that_edits_its_copy_never_changes_what_the_next_reader_gets()
    {
        using var cache = new DocumentCache(10);
        var first = cache.Add(7, Document);
        first["TitlePart"]!["Title"] = "changed";
        first.Remove("School");

        Assert.True(cache.TryGet(7, out var second));
        second["School"]!["Pupils"]!["Value"] = 0;
        Assert.True(cache.TryGet(7, out var third));

        Assert.Equal("Երևան", (string?)third["TitlePart"]!["Title"]);
        Assert.Equal(412, (int)third["School"]!["Pupils"]!["Value"]!);
    }

    [Fact]
    public void Unknown_rows_miss_and_a_zero_capacity_keeps_nothing()
    {
        using var cache = new DocumentCache(10);
        using var off = new DocumentCache(0);
        var parsed = off.Add(1, Document);

        Assert.False(cache.TryGet(1, out _));
        Assert.False(off.TryGet(1, out _));
        Assert.Equal("Երևան", (string?)parsed["TitlePart"]!["Title"]);
    }
}
