using EduHub.Core.Security;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduHub.Search.Lucene.Endpoints;

internal static class SearchEndpoints
{
    private static readonly string[] FilterNames = ["region", "subject", "grade", "language", "cost", "accessChannel"];

    public static void MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search");

        group.MapGet("/", async (HttpContext http, SearchService search, CancellationToken ct) =>
        {
            try
            {
                var q = http.Request.Query;
                var filters = FilterNames
                    .Select(name => (name, values: SearchProblems.List(q[name])))
                    .Where(f => f.values.Count > 0)
                    .ToDictionary(f => f.name, f => f.values);
                var request = new SearchRequest(
                    q["q"],
                    SearchProblems.List(q["types"]),
                    NullIfEmpty(q["culture"]),
                    filters,
                    SearchProblems.ParseInt(q["page"], "page", 1),
                    SearchProblems.ParseInt(q["size"], "size", 20),
                    NullIfEmpty(q["index"]),
                    q.ContainsKey("facets") ? SearchProblems.List(q["facets"]) : null);
                var response = await search.SearchAsync(request, ct);
                http.Response.Headers.CacheControl = "private, no-store";
                return Results.Ok(response);
            }
            catch (SearchSyntaxException e)
            {
                return SearchProblems.BadRequest(e.Title, e.Message);
            }
        }).WithName("Search").WithSummary("Full-text search over published content the caller may see, with highlights and facet counts.");

        group.MapGet("/suggest", async (HttpContext http, SearchService search, CancellationToken ct) =>
        {
            try
            {
                var q = http.Request.Query;
                var suggestions = await search.SuggestAsync(q["q"], NullIfEmpty(q["culture"]), NullIfEmpty(q["index"]), SearchProblems.ParseInt(q["size"], "size", 8), ct);
                http.Response.Headers.CacheControl = "private, no-store";
                return Results.Ok(suggestions);
            }
            catch (SearchSyntaxException e)
            {
                return SearchProblems.BadRequest(e.Title, e.Message);
            }
        }).WithName("SearchSuggest").WithSummary("Titles that start with what was typed so far, for search-as-you-type.");

        group.MapGet("/indexes", async (HttpContext http, ContentCallerAccessor callers, SearchIndexer indexer, SearchPaths paths, CancellationToken ct) =>
        {
            if (!(await callers.GetAsync(ct)).Has(Permissions.ManageSearchIndexes))
            {
                return SearchProblems.Denied(http, "You may not manage search indexes.");
            }

            await indexer.SyncProfilesAsync(ct);
            return Results.Ok(new { node = paths.NodeName, indexes = indexer.Indexes.Select(i => Status(i, indexer)).ToList() });
        }).WithName("ListSearchIndexes").WithSummary("This node's search indexes: profile, documents, cursor and the latest rebuild's progress.");

        group.MapGet("/indexes/{name}", async (string name, HttpContext http, ContentCallerAccessor callers, SearchIndexer indexer, CancellationToken ct) =>
        {
            if (!(await callers.GetAsync(ct)).Has(Permissions.ManageSearchIndexes))
            {
                return SearchProblems.Denied(http, "You may not manage search indexes.");
            }

            return indexer.Find(name) is { } index ? Results.Ok(Status(index, indexer)) : Results.Problem($"There is no search index '{name}'.", statusCode: 404, title: "Unknown index");
        }).WithName("GetSearchIndex").WithSummary("One search index on this node, with the latest rebuild's progress.");

        group.MapPost("/indexes/{name}/rebuild", async (string name, HttpContext http, ContentCallerAccessor callers, SearchIndexer indexer, CancellationToken ct) =>
        {
            if (!(await callers.GetAsync(ct)).Has(Permissions.ManageSearchIndexes))
            {
                return SearchProblems.Denied(http, "You may not manage search indexes.");
            }

            await indexer.SyncProfilesAsync(ct);
            if (indexer.Find(name) is not { } index)
            {
                return Results.Problem($"There is no search index '{name}'.", statusCode: 404, title: "Unknown index");
            }

            indexer.RequestRebuild(index.Profile.Name, "rebuild requested through the admin API");
            return Results.Accepted($"/api/search/indexes/{index.Profile.Name}", Status(index, indexer));
        }).WithName("RebuildSearchIndex").WithSummary("Rebuilds a search index on this node in the background; follow its progress at the returned location.");
    }

    private static object Status(LuceneIndex index, SearchIndexer indexer)
    {
        var progress = indexer.ProgressOf(index.Profile.Name);
        return new
        {
            name = index.Profile.Name,
            profile = index.Profile,
            documents = index.DocumentCount,
            cursor = index.Cursor,
            problem = index.OpenProblem,
            rebuild = progress is null ? null : new
            {
                progress.Reason,
                progress.StartedUtc,
                progress.FinishedUtc,
                progress.Running,
                progress.Total,
                progress.Done,
                progress.Error,
            },
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
