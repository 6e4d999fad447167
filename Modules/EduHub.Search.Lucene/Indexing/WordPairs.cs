using EduHub.Search.Lucene.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>
/// The pairs of two common words (<see cref="CommonWords"/>) side by side in a document's texts, as a field's analysis
/// sees them: two tokens at adjacent positions of one text, plus the last token of a text with the first of the next,
/// since Lucene puts a field's values side by side (no position gap) and a phrase may match across them. Not Lucene's
/// ShingleFilter or CommonGramsFilter: those stop at each value's end, emit filler pairs for removed stop words and
/// put the pairs into the scored field itself, which would change the scores of phrases.
/// </summary>
internal static class WordPairs
{
    /// <summary>The term every document holds in the plain pairs field: never a pair, which always has two words.</summary>
    public const string Marker = "";

    /// <param name="runs">Texts read as one multi-valued field each (their pairs together, each pair once).</param>
    public static void Add(Document document, string field, SearchAnalyzer analyzer, IReadOnlySet<string> common, params IEnumerable<string>[] runs)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var texts in runs)
        {
            Collect(pairs, analyzer, common, texts);
        }

        foreach (var pair in pairs)
        {
            document.Add(new StringField(field, pair, Field.Store.NO));
        }
    }

    /// <summary>Adds to <paramref name="pairs"/> the common-word pairs of <paramref name="texts"/> read as one multi-valued field.</summary>
    private static void Collect(ISet<string> pairs, SearchAnalyzer analyzer, IReadOnlySet<string> common, IEnumerable<string> texts)
    {
        string? previous = null;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream(SearchFields.Pairs, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var first = true;
            while (stream.IncrementToken())
            {
                var current = term.ToString();

                // Within a text only adjacent positions pair up; across texts the boundary always does (a superset is safe).
                if (previous is not null && (first || increment.PositionIncrement == 1) && common.Contains(current))
                {
                    pairs.Add(SearchFields.Pair(previous, current));
                }

                previous = common.Contains(current) ? current : null;
                first = false;
            }

            stream.End();
        }
    }
}
