using EduHub.Core.Data;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Hy;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.Analysis;

/// <summary>
/// Stop words, in folded form. Armenian: Lucene's list folded (its «և» becomes «եվ», which also covers
/// «եւ», «ԵՒ» and «ԵՎ» after the char filter) plus «ու», the other word for "and".
/// </summary>
internal static class StopWords
{
    public static CharArraySet Armenian { get; } = BuildArmenian();

    public static CharArraySet Russian => RussianAnalyzer.DefaultStopSet;

    public static CharArraySet English => EnglishAnalyzer.DefaultStopSet;

    /// <summary>Every language's stop words: for the plain and prefix fields, which do not know the culture.</summary>
    public static CharArraySet All { get; } = BuildAll();

    private static CharArraySet BuildArmenian()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 64, ignoreCase: false);
        foreach (var word in ArmenianAnalyzer.DefaultStopSet)
        {
            set.Add(TextFolding.Fold(word)!);
        }

        set.Add("եվ");
        set.Add("ու");
        return set.AsReadOnly();
    }

    private static CharArraySet BuildAll()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 512, ignoreCase: false);
        foreach (var source in new[] { Armenian, Russian, English })
        {
            foreach (var word in source)
            {
                set.Add(word);
            }
        }

        return set.AsReadOnly();
    }
}
