using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.SearchBench;

/// <summary>A case on one index, runnable as each <see cref="Variant"/>; each run returns the total hits.</summary>
internal sealed class BenchQueries(BenchCase benchCase, BenchIndex index)
{
    private static readonly string[] Types = ["Platform", "School", "SafetyGuide", "Mentor", "Announcement"];
    private readonly IReadOnlyList<string> _cultures = SearchService.Cultures(null);

    public BenchCase Case => benchCase;

    public BenchIndex Index => index;

    public int Run(Variant variant) => variant switch
    {
        Variant.Ours => Ours(highlights: true).Total,
        Variant.OursWithoutHighlights => Ours(highlights: false).Total,
        Variant.Raw => RawLucene.Search(index.Searcher, benchCase.Raw(index.Reader), Filter(), SearchFields.Facets, 20).Total,
        _ => Narrow(),
    };

    /// <summary>Same total, same top 20 in the same order and same facet counts on both sides, or the comparison is void.</summary>
    public string? Mismatch()
    {
        var ours = Ours(highlights: true);
        var raw = RawLucene.Search(index.Searcher, benchCase.Raw(index.Reader), Filter(), SearchFields.Facets, 20);
        var sameFacets = SearchFields.Facets.All(f => ours.Facets[f].Sum(v => v.Count) == raw.Facets[f].Sum(v => v.Value) && ours.Facets[f].Count == raw.Facets[f].Count);
        var sameTop = ours.Hits.Select(h => h.ContentItemId).SequenceEqual(raw.Hits.Select(d => d.Get(SearchFields.Id)));
        return ours.Total == raw.Total && sameFacets && sameTop ? null : $"total {ours.Total} / {raw.Total}, facets equal {sameFacets}, top 20 equal {sameTop}";
    }

    /// <summary>What SearchService.SearchAsync does after validation: parse, multi-field query, access and facet filters, facets, highlights.</summary>
    private SearchResponse Ours(bool highlights)
    {
        var text = TextQuery.Build(UserQueryParser.Parse(benchCase.UserQuery), _cultures, index.Reader);
        return SearchService.Execute(index.Searcher, text.Query, Filter(), highlights ? text.Highlight : new HighlightTerms(), _cultures, SearchFields.Facets, 0, 20, 1);
    }

    private int Narrow()
    {
        var top = index.Searcher.Search(benchCase.Narrow(), 20);
        foreach (var doc in top.ScoreDocs)
        {
            _ = index.Searcher.Doc(doc.Doc).Get(SearchFields.Id);
        }

        return top.TotalHits;
    }

    /// <summary>
    /// The visibility filter as SearchService.FilterAsync builds it for an anonymous caller (published, one of the
    /// index's types), plus the facet filter; built per query as the service does, for both sides.
    /// </summary>
    private BooleanQuery Filter()
    {
        var typesQuery = new BooleanQuery();
        foreach (var type in Types)
        {
            typesQuery.Add(new TermQuery(new Term(SearchFields.Type, type)), Occur.SHOULD);
        }

        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Published, "true")), Occur.MUST },
            { typesQuery, Occur.MUST },
        };
        if (benchCase.Region is { } region)
        {
            filter.Add(new BooleanQuery { { new TermQuery(new Term(SearchFields.Keyword("region"), region)), Occur.SHOULD } }, Occur.MUST);
        }

        return filter;
    }
}
