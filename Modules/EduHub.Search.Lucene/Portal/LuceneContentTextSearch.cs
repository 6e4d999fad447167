using EduHub.Core.Indexing;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Portal;

/// <summary>
/// The portal's text search: the same parsing, analysis and access filter as <c>/api/search</c>, returning ids only
/// (the portal lists the items through the content query service, which resolves translations and fallbacks).
/// </summary>
internal sealed class LuceneContentTextSearch(SearchService search) : IContentTextSearch
{
    private static readonly HashSet<string> IdField = [SearchFields.Id];

    public async Task<ContentTextMatches> MatchAsync(string contentType, string text, IReadOnlyList<string> cultures, int max, CancellationToken cancellationToken)
    {
        try
        {
            var index = await search.ResolveIndexAsync(null, cancellationToken);
            var parts = UserQueryParser.Parse(text);
            var known = cultures.Where(SearchFields.Cultures.Contains).ToList();
            var filter = await search.FilterAsync(index, [contentType], null, new Dictionary<string, IReadOnlyList<string>>(), cancellationToken);
            return index.Search(searcher =>
            {
                var textQuery = TextQuery.Build(parts, known.Count > 0 ? known : SearchFields.Cultures, searcher.IndexReader);
                var docs = searcher.Search(new FilteredQuery(textQuery.Query, CachedFilters.For(filter)), Math.Clamp(max, 1, SearchService.MaxWindow));
                var ids = docs.ScoreDocs.Select(d =>
                {
                    var visitor = new DocumentStoredFieldVisitor(IdField);
                    searcher.Doc(d.Doc, visitor);
                    return visitor.Document.Get(SearchFields.Id);
                }).OfType<string>().ToList();
                return new ContentTextMatches(ids);
            });
        }
        catch (SearchSyntaxException e)
        {
            return ContentTextMatches.Invalid(e.Message);
        }
    }
}
