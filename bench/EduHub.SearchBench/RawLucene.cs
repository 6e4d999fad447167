using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduHub.SearchBench;

/// <summary>
/// The fair baseline: the same job as our search, written by hand against the Lucene.NET API, the way a
/// developer using Lucene directly would write it (no EduHub query code). The same clauses over the same fields
/// as our search-box parser produces for the input (title ×4, plain text, the stemmed field of each culture ×1.2,
/// the prefix field ×0.4, fuzzy only for words of 5+ letters the index does not hold), the same visibility
/// filter (published and one of the types) plus facet filter as a non-scoring required clause, the six facet
/// dimensions counted from their sorted-set doc values over every hit, top 20 by score with their stored fields
/// loaded. Not done: highlighting (Lucene.NET's contrib highlighter is not a dependency; our highlights are
/// extra work on our side of the comparison).
/// </summary>
internal static class RawLucene
{
    public static readonly string[] Cultures = ["hy", "ru", "en"];

    public static Analyzer Stemmer(string culture) => culture switch { "ru" => SearchAnalyzers.Russian, "en" => SearchAnalyzers.English, _ => SearchAnalyzers.Armenian };

    /// <summary>A word as our search box treats it: title, text, stems, prefix, fuzzy when unknown.</summary>
    public static Query Word(string word, bool isPrefix, IndexReader reader)
    {
        var query = new BooleanQuery();
        foreach (var (term, _) in Analyze(SearchAnalyzers.Plain, word))
        {
            var either = new BooleanQuery
            {
                { new TermQuery(new Term("title", term)) { Boost = 4f }, Occur.SHOULD },
                { new TermQuery(new Term("text", term)), Occur.SHOULD },
            };
            foreach (var culture in Cultures)
            {
                foreach (var (stem, _) in Analyze(Stemmer(culture), term))
                {
                    either.Add(new TermQuery(new Term("stem." + culture, stem)) { Boost = 1.2f }, Occur.SHOULD);
                }
            }

            if (isPrefix || term.Length >= 3)
            {
                either.Add(new TermQuery(new Term("prefix", term.Length > 20 ? term[..20] : term)) { Boost = 0.4f }, Occur.SHOULD);
            }

            if (term.Length >= 5 && !isPrefix && reader.DocFreq(new Term("text", term)) == 0)
            {
                either.Add(new FuzzyQuery(new Term("text", term), term.Length >= 8 ? 2 : 1, 1) { Boost = 0.3f }, Occur.SHOULD);
            }

            query.Add(either, Occur.MUST);
        }

        return query;
    }

    /// <summary>
    /// A quoted phrase: the phrase on text, on title ×4, and on each culture's stemmed field ×1.2; required, without
    /// score, to hold (in the plain text and title, or in one culture's stemmed text) the pairs of adjacent common words
    /// from their pairs field and every other word of the phrase as a term.
    /// </summary>
    public static Query Phrase(string text)
    {
        var plain = Analyze(SearchAnalyzers.Plain, text);
        var either = new BooleanQuery
        {
            { PhraseOf("text", plain, 1f), Occur.SHOULD },
            { PhraseOf("title", plain, 4f), Occur.SHOULD },
        };
        var pairs = new BooleanQuery(disableCoord: true) { { PairsOf("pairs", plain, CommonWords.Plain, "text", "title"), Occur.SHOULD } };
        foreach (var culture in Cultures)
        {
            var stems = Analyze(Stemmer(culture), text);
            if (stems.Count > 0)
            {
                either.Add(PhraseOf("stem." + culture, stems, 1.2f), Occur.SHOULD);
                pairs.Add(PairsOf("pairs." + culture, stems, CommonWords.Stems(culture), "stem." + culture), Occur.SHOULD);
            }
        }

        if (pairs.Clauses.Any(c => ((BooleanQuery)c.Query).Clauses.Count == 0))
        {
            return either;
        }

        return new BooleanQuery(disableCoord: true)
        {
            { either, Occur.MUST },
            { new ConstantScoreQuery(pairs) { Boost = 0 }, Occur.MUST },
        };
    }

    private static BooleanQuery PairsOf(string field, List<(string Term, int Position)> terms, IReadOnlySet<string> common, params string[] wordFields)
    {
        var all = new BooleanQuery();
        if (terms.Count < 2)
        {
            return all;
        }

        for (var i = 1; i < terms.Count; i++)
        {
            if (terms[i].Position == terms[i - 1].Position + 1 && common.Contains(terms[i - 1].Term) && common.Contains(terms[i].Term))
            {
                all.Add(new TermQuery(new Term(field, terms[i - 1].Term + " " + terms[i].Term)), Occur.MUST);
            }
        }

        foreach (var term in terms.Select(t => t.Term).Distinct().Where(t => !common.Contains(t)))
        {
            var any = new BooleanQuery();
            foreach (var wordField in wordFields)
            {
                any.Add(new TermQuery(new Term(wordField, term)), Occur.SHOULD);
            }

            all.Add(any, Occur.MUST);
        }

        return all;
    }

    /// <summary>Runs <paramref name="text"/> restricted to <paramref name="filter"/>, counts the facets, loads the top hits' stored fields.</summary>
    public static (int Total, Dictionary<string, List<KeyValuePair<string, int>>> Facets, List<Lucene.Net.Documents.Document> Hits) Search(IndexSearcher searcher, Query text, Query filter, string[] facets, int size)
    {
        var query = new BooleanQuery
        {
            { text, Occur.MUST },
            { new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST },
        };
        var top = TopScoreDocCollector.Create(size, docsScoredInOrder: false);
        var counter = new DocValuesFacetCounter(facets);
        searcher.Search(query, MultiCollector.Wrap(top, counter));
        var hits = new List<Lucene.Net.Documents.Document>();
        foreach (var scoreDoc in top.GetTopDocs().ScoreDocs)
        {
            var document = searcher.Doc(scoreDoc.Doc);
            _ = (document.Get("ContentItemId"), document.Get("ContentType"), document.Get("DisplayText"), document.Get("Culture"), document.Get("body"));
            hits.Add(document);
        }

        return (top.TotalHits, counter.Result(), hits);
    }

    private static PhraseQuery PhraseOf(string field, List<(string Term, int Position)> terms, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static List<(string Term, int Position)> Analyze(Analyzer analyzer, string text)
    {
        var result = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position));
        }

        stream.End();
        return result;
    }

    /// <summary>The textbook per-hit facet count: each dimension's sorted-set doc values read for every hit.</summary>
    private sealed class DocValuesFacetCounter(string[] facets) : ICollector
    {
        private readonly Dictionary<string, Dictionary<string, int>> _totals = facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[facets.Length];
        private readonly int[]?[] _counts = new int[facets.Length][];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            for (var i = 0; i < facets.Length; i++)
            {
                _values[i] = context.AtomicReader.GetSortedSetDocValues("f." + facets[i]);
                _counts[i] = _values[i] is { } v ? new int[v.ValueCount] : null;
            }
        }

        public void Collect(int doc)
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (_values[i] is { } values)
                {
                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        _counts[i]![ord]++;
                    }
                }
            }
        }

        /// <summary>Per dimension: value → count, most frequent first.</summary>
        public Dictionary<string, List<KeyValuePair<string, int>>> Result()
        {
            Flush();
            return _totals.ToDictionary(t => t.Key, t => t.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).ToList());
        }

        private void Flush()
        {
            var bytes = new BytesRef();
            for (var i = 0; i < facets.Length; i++)
            {
                if (_values[i] is { } values && _counts[i] is { } counts)
                {
                    for (var ord = 0; ord < counts.Length; ord++)
                    {
                        if (counts[ord] > 0)
                        {
                            values.LookupOrd(ord, bytes);
                            var key = bytes.Utf8ToString();
                            _totals[facets[i]][key] = _totals[facets[i]].GetValueOrDefault(key) + counts[ord];
                        }
                    }
                }

                _values[i] = null;
                _counts[i] = null;
            }
        }
    }
}
