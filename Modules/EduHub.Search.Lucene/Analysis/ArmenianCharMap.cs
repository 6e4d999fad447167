using Lucene.Net.Analysis.CharFilters;

namespace EduHub.Search.Lucene.Analysis;

/// <summary>
/// The character filter of every EduHub text field: «և» and its spellings «եւ», «Եւ», «ԵՒ» become «եվ»
/// (lower-casing then folds «ԵՎ»), the in-word marks ՛ ՜ ՞ ՟ disappear (so «Ինչպե՞ս» stays one word),
/// and the Armenian ligatures are spelled out, as <see cref="EduHub.Core.Data.TextFolding"/> does for SQL.
/// <see cref="Value"/> is the mapping as data (the reference the tests hold <see cref="ArmenianFoldingCharFilter"/>
/// to); <see cref="Wrap"/> applies it with that filter, which allocates far less than Lucene's MappingCharFilter.
/// </summary>
internal static class ArmenianCharMap
{
    public static NormalizeCharMap Value { get; } = Build();

    public static TextReader Wrap(TextReader reader) => new ArmenianFoldingCharFilter(reader);

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("\u0587", "եվ");
        foreach (var e in new[] { "ե", "Ե" })
        {
            foreach (var yiwn in new[] { "ւ", "Ւ" })
            {
                builder.Add(e + yiwn, e + "վ");
            }
        }

        foreach (var mark in new[] { "\u055B", "\u055C", "\u055E", "\u055F" })
        {
            builder.Add(mark, "");
        }

        builder.Add("\uFB13", "մն");
        builder.Add("\uFB14", "մե");
        builder.Add("\uFB15", "մի");
        builder.Add("\uFB16", "վն");
        builder.Add("\uFB17", "մխ");
        return builder.Build();
    }
}
