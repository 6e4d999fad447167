using EduHub.Search.Lucene.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>
/// The word pairs of a document's texts as a field's analysis sees them: every two tokens at adjacent positions
/// of one text, plus the last token of a text with the first of the next, since Lucene puts a field's values
/// side by side (no position gap) and a phrase may match across them. Not Lucene's ShingleFilter: that one
/// stops at each value's end and emits filler pairs ("word _") for removed stop words, which no phrase needs.
/// </summary>
internal static class WordPairs
{
    public static void Add(Document document, string field, SearchAnalyzer analyzer, IEnumerable<string> texts)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        Collect(pairs, analyzer, texts);
        foreach (var pair in pairs)
        {
            document.Add(new StringField(field, pair, Field.Store.NO));
        }
    }

    /// <summary>Adds to <paramref name="pairs"/> the pairs of <paramref name="texts"/> read as one multi-valued field.</summary>
    public static void Collect(ISet<string> pairs, SearchAnalyzer analyzer, IEnumerable<string> texts)
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
                if (previous is not null && (first || increment.PositionIncrement == 1))
                {
                    pairs.Add(SearchFields.Pair(previous, current));
                }

                previous = current;
                first = false;
            }

            stream.End();
        }
    }
}
