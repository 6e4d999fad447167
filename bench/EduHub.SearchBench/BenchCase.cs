using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.SearchBench;

/// <summary>
/// One query shape of issue 4: the search-box text our API receives, the same job written by hand for raw
/// Lucene (<see cref="RawLucene"/>), the narrow single-field query kept for context, and the facet filter.
/// </summary>
internal sealed record BenchCase(string Name, string UserQuery, Func<IndexReader, Query> Raw, Func<Query> Narrow, string? Region)
{
    public static IReadOnlyList<BenchCase> All { get; } =
    [
        new("word (hy)", "դպրոցներում", r => RawLucene.Word("դպրոցներում", false, r), () => new TermQuery(new Term(SearchFields.Text, "դպրոցներում")), null),
        new("phrase (en)", "\"distance learning\"", _ => RawLucene.Phrase("distance learning"), () => new PhraseQuery { new Term(SearchFields.Text, "distance"), new Term(SearchFields.Text, "learning") }, null),
        new("prefix (hy)", "մաթեմ*", r => RawLucene.Word("մաթեմ", true, r), () => new PrefixQuery(new Term(SearchFields.Text, "մաթեմ")), null),
        new("word + region facet", "platform", r => RawLucene.Word("platform", false, r), () => new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Text, "platform")), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Keyword("region"), "region03")), Occur.MUST },
        }, "region03"),
    ];
}
