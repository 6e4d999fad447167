using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// A necessary condition for a quoted phrase, on short postings: for each field group the phrase is searched on (the
/// plain text and title; each culture's stemmed text), every two adjacent common words of the phrase as an indexed pair
/// (<see cref="Indexing.WordPairs"/>) and every other word as a term of the group, any group sufficing. Added as a
/// required clause that scores nothing, so the phrase scorers only visit documents that pass it and the scores stay
/// those of the phrase clauses alone.
/// </summary>
internal sealed class PairFilter
{
    private readonly List<BooleanQuery> _alternatives = [];
    private bool _unfiltered;

    /// <summary>One field group's phrase: its analysed terms with their query positions.</summary>
    /// <param name="common">The common words as this group's analysis holds them: only their pairs are indexed.</param>
    /// <param name="wordFields">The fields the group's phrase clauses search (a word must be in one of them).</param>
    public void Add(string pairField, IReadOnlyList<(string Term, int Position)> terms, IReadOnlySet<string> common, IReadOnlyList<string> wordFields)
    {
        // One word is a term query in all but name: nothing to narrow down.
        if (terms.Count < 2)
        {
            _unfiltered = true;
            return;
        }

        var all = new BooleanQuery();
        for (var i = 1; i < terms.Count; i++)
        {
            if (terms[i].Position - terms[i - 1].Position == 1 && common.Contains(terms[i - 1].Term) && common.Contains(terms[i].Term))
            {
                all.Add(new TermQuery(new Term(pairField, SearchFields.Pair(terms[i - 1].Term, terms[i].Term))), Occur.MUST);
            }
        }

        // Any other word has short postings: requiring it is cheap, and a common word alone would not narrow anything down.
        foreach (var term in terms.Select(t => t.Term).Distinct(StringComparer.Ordinal).Where(t => !common.Contains(t)))
        {
            var inAnyField = new BooleanQuery();
            foreach (var field in wordFields)
            {
                inAnyField.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }

            all.Add(inAnyField, Occur.MUST);
        }

        // A phrase of common words that are never adjacent here (one word, or words around a stop word) can match any document.
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
