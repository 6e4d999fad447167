using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.OrchardApi;

/// <summary>Lucene's classic query syntax with Orchard Core's field names mapped to ours and keyword fields left unanalysed.</summary>
internal sealed class OrchardQueryStringParser(string defaultField) : QueryParser(LuceneVersion.LUCENE_48, defaultField, FieldAnalyzer)
{
    private static readonly Analyzer FieldAnalyzer = new PerFieldAnalyzerWrapper(SearchAnalyzers.PerField, new Dictionary<string, Analyzer>
    {
        [SearchFields.Id] = new KeywordAnalyzer(),
        [SearchFields.Type] = new KeywordAnalyzer(),
        [SearchFields.Culture] = new KeywordAnalyzer(),
        [SearchFields.Owner] = new KeywordAnalyzer(),
        [SearchFields.Published] = new KeywordAnalyzer(),
    });

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) => base.GetFieldQuery(OrchardFieldNames.Map(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) => base.GetFieldQuery(OrchardFieldNames.Map(field), queryText, slop);

    protected override Query GetPrefixQuery(string field, string termStr) => base.GetPrefixQuery(OrchardFieldNames.Map(field), termStr);

    protected override Query GetWildcardQuery(string field, string termStr) => base.GetWildcardQuery(OrchardFieldNames.Map(field), termStr);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) => base.GetFuzzyQuery(OrchardFieldNames.Map(field), termStr, minSimilarity);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(OrchardFieldNames.Map(field), part1, part2, startInclusive, endInclusive);
}
