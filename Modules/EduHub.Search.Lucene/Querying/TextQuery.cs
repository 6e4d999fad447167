using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Turns the parsed search box into a Lucene query over the fields searched together: every word must match
/// the title (boosted), the plain folded text, the stemmed text of the cultures in scope, a prefix of a word
/// (3+ letters) or, for longer words the index does not hold as written, the text within one or two typos.
/// </summary>
internal sealed class TextQuery
{
    private const float TitleBoost = 4f;
    private const float StemBoost = 1.2f;
    private const float PrefixBoost = 0.4f;
    private const float FuzzyBoost = 0.3f;

    private TextQuery(Query query, HighlightTerms highlight)
    {
        Query = query;
        Highlight = highlight;
    }

    public Query Query { get; }

    public HighlightTerms Highlight { get; }

    /// <param name="reader">When given, typo tolerance (fuzzy matching) is added only for words the index does not hold as such.</param>
    public static TextQuery Build(IReadOnlyList<QueryPart> parts, IReadOnlyList<string> cultures, IndexReader? reader = null)
    {
        var highlight = new HighlightTerms();
        var query = new BooleanQuery();
        foreach (var part in parts)
        {
            var clause = part.IsPhrase ? Phrase(part.Text, cultures, highlight, part.Excluded, reader) : Word(part, cultures, highlight, reader);
            if (clause is not null)
            {
                query.Add(clause, part.Excluded ? Occur.MUST_NOT : Occur.MUST);
            }
        }

        if (!query.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return new TextQuery(query, highlight);
    }

    private static BooleanQuery? Word(QueryPart part, IReadOnlyList<string> cultures, HighlightTerms highlight, IndexReader? reader)
    {
        var plain = SearchAnalyzers.Plain.Terms(part.Text);
        if (plain.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery();
        foreach (var term in plain)
        {
            var either = new FieldsDisjunctionQuery
            {
                { new TermQuery(new Term(SearchFields.Title, term)) { Boost = TitleBoost }, Occur.SHOULD },
                { new TermQuery(new Term(SearchFields.Text, term)), Occur.SHOULD },
            };
            foreach (var culture in cultures)
            {
                foreach (var stem in SearchAnalyzers.ForCulture(culture).Terms(term))
                {
                    either.Add(new TermQuery(new Term(SearchFields.Stem(culture), stem)) { Boost = StemBoost }, Occur.SHOULD);
                    if (!part.Excluded)
                    {
                        highlight.Stems.Add(stem);
                    }
                }
            }

            if (part.IsPrefix || term.Length >= 3)
            {
                var prefix = term.Length > SearchAnalyzer.MaxGram ? term[..SearchAnalyzer.MaxGram] : term;
                either.Add(new TermQuery(new Term(SearchFields.Prefix, prefix)) { Boost = PrefixBoost }, Occur.SHOULD);
                if (!part.Excluded)
                {
                    highlight.Prefixes.Add(term);
                }
            }

            if (term.Length >= 5 && !part.IsPrefix && (reader is null || reader.DocFreq(new Term(SearchFields.Text, term)) == 0))
            {
                either.Add(new FuzzyQuery(new Term(SearchFields.Text, term), term.Length >= 8 ? 2 : 1, prefixLength: 1) { Boost = FuzzyBoost }, Occur.SHOULD);
            }

            if (!part.Excluded)
            {
                highlight.Plain.Add(term);
            }

            all.Add(either, Occur.MUST);
        }

        return all;
    }

    private static Query? Phrase(string text, IReadOnlyList<string> cultures, HighlightTerms highlight, bool excluded, IndexReader? reader)
    {
        var plain = Positions(SearchAnalyzers.Plain, text);
        if (plain.Count == 0)
        {
            return null;
        }

        var either = new BooleanQuery
        {
            { PhraseOf(SearchFields.Text, plain), Occur.SHOULD },
            { PhraseOf(SearchFields.Title, plain, TitleBoost), Occur.SHOULD },
        };
        var pairs = new PairFilter();
        pairs.Add(SearchFields.Pairs, plain, CommonWords.Plain, [SearchFields.Text, SearchFields.Title]);
        foreach (var culture in cultures)
        {
            var stems = Positions(SearchAnalyzers.ForCulture(culture), text);
            if (stems.Count > 0)
            {
                either.Add(PhraseOf(SearchFields.Stem(culture), stems, StemBoost), Occur.SHOULD);
                pairs.Add(SearchFields.StemPairs(culture), stems, CommonWords.Stems(culture), [SearchFields.Stem(culture)]);
                if (!excluded)
                {
                    highlight.Stems.UnionWith(stems.Select(s => s.Term));
                }
            }
        }

        if (!excluded)
        {
            highlight.Plain.UnionWith(plain.Select(p => p.Term));
        }

        return excluded ? either : pairs.Require(either, reader);
    }

    private static PhraseQuery PhraseOf(string field, IReadOnlyList<(string Term, int Position)> terms, float boost = 1f)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static List<(string Term, int Position)> Positions(SearchAnalyzer analyzer, string text)
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
}
