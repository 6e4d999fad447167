using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// A necessary condition for a quoted phrase, on the short postings of the word-pair fields: for each field the
/// phrase is searched on, every two adjacent words of the phrase as a pair, any field's pairs sufficing. Added
/// as a required clause that scores nothing, so the phrase scorers only visit documents holding all the pairs
/// and the scores stay those of the phrase clauses alone.
/// </summary>
internal sealed class PairFilter
{
    private readonly List<BooleanQuery> _alternatives = [];
    private bool _unfiltered;

    /// <summary>One field's phrase: its analysed terms with their query positions.</summary>
    public void Add(string pairField, IReadOnlyList<(string Term, int Position)> terms)
    {
        var all = new BooleanQuery();
        for (var i = 1; i < terms.Count; i++)
        {
            if (terms[i].Position - terms[i - 1].Position == 1)
            {
                all.Add(new TermQuery(new Term(pairField, SearchFields.Pair(terms[i - 1].Term, terms[i].Term))), Occur.MUST);
            }
        }

        // A phrase with no adjacent words here (one word, or words around a stop word) can match any document.
        if (all.Clauses.Count == 0)
        {
            _unfiltered = true;
        }
        else
        {
            _alternatives.Add(all);
        }
    }

    /// <summary><paramref name="phrase"/> as it scores, required to pass the pairs; unchanged when they cannot filter.</summary>
    /// <param name="reader">When given, the filter is left out unless every segment has pairs: an index written before
    /// them (fingerprint v1) keeps answering phrases while the rebuild that the new fingerprint asks for runs.</param>
    public Query Require(Query phrase, IndexReader? reader = null)
    {
        if (_unfiltered || _alternatives.Count == 0 || (reader is not null && !HasPairs(reader)))
        {
            return phrase;
        }

        Query pairs = _alternatives.Count == 1 ? _alternatives[0] : Any(_alternatives);
        return new BooleanQuery(disableCoord: true)
        {
            { phrase, Occur.MUST },
            { new ConstantScoreQuery(pairs) { Boost = 0 }, Occur.MUST },
        };
    }

    private static bool HasPairs(IndexReader reader) =>
        reader.Leaves.All(leaf => leaf.AtomicReader.FieldInfos.FieldInfo(SearchFields.Pairs) is { IsIndexed: true });

    private static BooleanQuery Any(List<BooleanQuery> alternatives)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var alternative in alternatives)
        {
            any.Add(alternative, Occur.SHOULD);
        }

        return any;
    }
}
