using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Runs searches for the current caller: validates the input (clear errors, never a 500), keeps only what
/// the caller may see (published items of types they may view, their own items where they may view only
/// their own), counts facets and highlights the matches.
/// </summary>
internal sealed class SearchService(SearchIndexer indexer, ContentCallerAccessor callers, ContentDefinitionManager definitions)
{
    public const string DefaultIndex = "public";
    public const int MaxSize = 100;
    public const int MaxWindow = 10_000;

    // A hit needs these stored fields only: with StoreSourceData and the keyword fields, a document holds many more.
    private static readonly HashSet<string> HitFields = [SearchFields.Id, SearchFields.Type, SearchFields.DisplayText, SearchFields.Culture, SearchFields.Body];

    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var index = await ResolveIndexAsync(request.Index, cancellationToken);
        if (request.Size is < 1 or > MaxSize)
        {
            throw new SearchSyntaxException("Invalid page size", $"size must be between 1 and {MaxSize}.");
        }

        if (request.Page < 1 || request.Skip < 0 || (request.Skip ?? ((long)request.Page - 1) * request.Size) + request.Size > MaxWindow)
        {
            throw new SearchSyntaxException("Invalid page", $"page must be at least 1 (skip at least 0), and the hits up to the page's end at most {MaxWindow}.");
        }

        var offset = request.Skip ?? (request.Page - 1) * request.Size;

        var facets = request.Facets ?? SearchFields.Facets;
        if (facets.FirstOrDefault(f => !SearchFields.Facets.Contains(f)) is { } unknownFacet)
        {
            throw new SearchSyntaxException("Unknown facet", $"There is no facet '{unknownFacet}' (facets: {string.Join(", ", SearchFields.Facets)}).");
        }

        var parts = UserQueryParser.Parse(request.Query);
        var cultures = Cultures(request.Culture);
        var filter = await FilterAsync(index, request.ContentTypes, request.Culture, request.Filters, cancellationToken);
        return index.Search(searcher =>
        {
            var text = TextQuery.Build(parts, cultures, searcher.IndexReader);
            return Execute(searcher, text.Query, filter, text.Highlight, cultures, facets, offset, request.Size, request.Page);
        });
    }

    /// <summary>
    /// The search itself on an open index (shared with bench/EduHub.SearchBench): the text query restricted to
    /// <paramref name="filter"/> (cached as a bit set, not scored), top hits, facet counts in the same pass, highlights.
    /// </summary>
    public static SearchResponse Execute(IndexSearcher searcher, Query text, Query filter, HighlightTerms highlight, IReadOnlyList<string> cultures, IReadOnlyList<string> facets, int offset, int size, int page)
    {
        var query = new FilteredQuery(text, CachedFilters.For(filter), AcceptedDocsFilterStrategy.Instance);
        var top = TopScoreDocCollector.Create(offset + size, docsScoredInOrder: false);
        using var facetCollector = new FacetCollector(facets, top);
        searcher.Search(query, facets.Count == 0 ? top : facetCollector);
        var docs = top.GetTopDocs(offset, size);
        var hits = docs.ScoreDocs.Select(d =>
        {
            var visitor = new DocumentStoredFieldVisitor(HitFields);
            searcher.Doc(d.Doc, visitor);
            var document = visitor.Document;
            var culture = document.Get(SearchFields.Culture);
            return new SearchHit(
                document.Get(SearchFields.Id),
                document.Get(SearchFields.Type),
                document.Get(SearchFields.DisplayText) ?? "",
                string.IsNullOrEmpty(culture) ? null : culture,
                float.IsNaN(d.Score) ? 0 : d.Score,
                Highlighter.Snippets(document.Get(SearchFields.Body), highlight, string.IsNullOrEmpty(culture) || !cultures.Contains(culture) ? cultures : [culture]));
        }).ToList();
        return new SearchResponse(top.TotalHits, page, size, hits, facetCollector.Result());
    }

    /// <summary>Titles starting with what was typed so far (every word a prefix of a title word).</summary>
    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string? text, string? culture, string? indexName, int size, CancellationToken cancellationToken)
    {
        var index = await ResolveIndexAsync(indexName, cancellationToken);
        if (size is < 1 or > 20)
        {
            throw new SearchSyntaxException("Invalid page size", "size must be between 1 and 20.");
        }

        if (text?.Length > UserQueryParser.MaxLength)
        {
            throw new SearchSyntaxException("Query too long", $"The query has {text.Length} characters; at most {UserQueryParser.MaxLength} are allowed.");
        }

        Cultures(culture);
        var words = Analysis.SearchAnalyzers.Plain.Terms(text ?? "");
        if (words.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var prefix = word.Length > Analysis.SearchAnalyzer.MaxGram ? word[..Analysis.SearchAnalyzer.MaxGram] : word;
            query.Add(new TermQuery(new Term(SearchFields.Suggest, prefix)), Occur.MUST);
        }

        var filter = await FilterAsync(index, [], culture, new Dictionary<string, IReadOnlyList<string>>(), cancellationToken);
        var combined = Combine(query, filter);
        return index.Search(searcher => searcher.Search(combined, size).ScoreDocs.Select(d =>
        {
            var document = searcher.Doc(d.Doc);
            var c = document.Get(SearchFields.Culture);
            return new Suggestion(document.Get(SearchFields.Id), document.Get(SearchFields.Type), document.Get(SearchFields.DisplayText) ?? "", string.IsNullOrEmpty(c) ? null : c);
        }).ToList());
    }

    /// <summary>The named index (default <see cref="DefaultIndex"/>); a profile created moments ago on another node is opened here first.</summary>
    public async Task<LuceneIndex> ResolveIndexAsync(string? name, CancellationToken cancellationToken)
    {
        name = string.IsNullOrWhiteSpace(name) ? DefaultIndex : name;
        if (indexer.Find(name) is { } index)
        {
            return index;
        }

        await indexer.SyncProfilesAsync(cancellationToken);
        return indexer.Find(name)
            ?? throw new SearchSyntaxException("Unknown index", $"There is no search index '{name}' (indexes: {string.Join(", ", indexer.Indexes.Select(i => i.Profile.Name))}).");
    }

    /// <summary>Published items of the types the caller may view (all of them, or their own), narrowed by the request's filters.</summary>
    public async Task<Query> FilterAsync(LuceneIndex index, IReadOnlyList<string> types, string? culture, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, CancellationToken cancellationToken)
    {
        var profile = index.Profile;
        if (types.FirstOrDefault(t => !profile.ContentTypes.Contains(t)) is { } unknownType)
        {
            throw new SearchSyntaxException("Unknown content type", $"The index '{profile.Name}' holds no type '{unknownType}' (types: {string.Join(", ", profile.ContentTypes)}).");
        }

        foreach (var name in filters.Keys.Where(k => !SearchFields.Facets.Contains(k) || k == "contentType"))
        {
            throw new SearchSyntaxException("Unknown facet", $"There is no filter '{name}' (filters: {string.Join(", ", SearchFields.Facets.Skip(1))}).");
        }

        var caller = await callers.GetAsync(cancellationToken);
        var snapshot = await definitions.GetAsync(cancellationToken);
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Published, "true")), Occur.MUST },
            { Access(caller, snapshot, types.Count > 0 ? types : profile.ContentTypes), Occur.MUST },
        };
        if (!string.IsNullOrEmpty(culture))
        {
            filter.Add(new TermQuery(new Term(SearchFields.Culture, culture)), Occur.MUST);
        }

        foreach (var (name, values) in filters)
        {
            var any = new BooleanQuery();
            foreach (var value in values)
            {
                any.Add(new TermQuery(new Term(SearchFields.Keyword(name), name is "grade" or "cost" or "accessChannel" ? value.ToLowerInvariant() : value)), Occur.SHOULD);
            }

            filter.Add(any, Occur.MUST);
        }

        return filter;
    }

    private static BooleanQuery Access(ContentCaller caller, ContentDefinitionSnapshot snapshot, IEnumerable<string> types)
    {
        var access = new BooleanQuery();
        foreach (var typeName in types)
        {
            if (snapshot.GetType(typeName) is not { } type)
            {
                continue;
            }

            if (caller.MayAny(ContentVerb.View, type))
            {
                access.Add(new TermQuery(new Term(SearchFields.Type, typeName)), Occur.SHOULD);
            }
            else if (caller.UserName is { } user && caller.May(ContentVerb.View, type, user))
            {
                access.Add(new BooleanQuery
                {
                    { new TermQuery(new Term(SearchFields.Type, typeName)), Occur.MUST },
                    { new TermQuery(new Term(SearchFields.Owner, user)), Occur.MUST },
                }, Occur.SHOULD);
            }
        }

        if (access.Clauses.Count == 0)
        {
            // Nothing visible: a clause that matches no document.
            access.Add(new TermQuery(new Term(SearchFields.Type, "\u0000none")), Occur.SHOULD);
        }

        return access;
    }

    public static IReadOnlyList<string> Cultures(string? culture)
    {
        if (string.IsNullOrEmpty(culture))
        {
            return SearchFields.Cultures;
        }

        return SearchFields.Cultures.Contains(culture)
            ? [culture]
            : throw new SearchSyntaxException("Unknown culture", $"culture must be one of {string.Join(", ", SearchFields.Cultures)}.");
    }

    public static BooleanQuery Combine(Query query, Query filter) => new()
    {
        { query, Occur.MUST },
        { new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST },
    };
}
