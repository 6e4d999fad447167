using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Security;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.OrchardApi;
using EduHub.Search.Lucene.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Search.Lucene.Endpoints;

/// <summary>
/// Orchard Core's <c>/api/lucene/content</c> and <c>/api/lucene/documents</c> (GET with a query string, POST with
/// a form or JSON body: <c>indexName</c>, <c>query</c>, <c>parameters</c>). Unlike Orchard Core (issue #10699) the
/// index is permission-checked (<c>QueryLuceneApi</c> or <c>QueryLucene{Index}Index</c>) and only published items
/// the caller may view come back.
/// </summary>
internal static class LuceneApiEndpoints
{
    public static void MapLuceneApiEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lucene").WithTags("Search");
        group.MapGet("/content", (HttpContext http, CancellationToken ct) => ContentAsync(http, FromQuery(http), ct))
            .WithName("LuceneContentGet").WithSummary("Content items matching an Orchard-style Lucene query.");
        group.MapPost("/content", async (HttpContext http, CancellationToken ct) => await ContentAsync(http, await FromBodyAsync(http, ct), ct))
            .WithName("LuceneContentPost").WithSummary("Content items matching an Orchard-style Lucene query (form or JSON body).");
        group.MapGet("/documents", (HttpContext http, CancellationToken ct) => DocumentsAsync(http, FromQuery(http), ct))
            .WithName("LuceneDocumentsGet").WithSummary("Stored index documents matching an Orchard-style Lucene query.");
        group.MapPost("/documents", async (HttpContext http, CancellationToken ct) => await DocumentsAsync(http, await FromBodyAsync(http, ct), ct))
            .WithName("LuceneDocumentsPost").WithSummary("Stored index documents matching an Orchard-style Lucene query (form or JSON body).");
    }

    private static async Task<IResult> ContentAsync(HttpContext http, LuceneQueryModel? model, CancellationToken ct) =>
        await RunAsync(http, model, async (index, total, documents) =>
        {
            var manager = http.RequestServices.GetRequiredService<ContentManager>();
            var items = new List<ContentItem>();
            foreach (var document in documents)
            {
                if (await manager.GetAsync(document.Get(SearchFields.Id), VersionOptions.Published, ct) is { } item)
                {
                    items.Add(item);
                }
            }

            return Results.Ok(new { items, count = total });
        }, ct);

    private static async Task<IResult> DocumentsAsync(HttpContext http, LuceneQueryModel? model, CancellationToken ct) =>
        await RunAsync(http, model, (index, total, documents) =>
        {
            var items = documents.Select(d =>
            {
                var fields = new JsonObject();
                foreach (var field in d.Fields.Where(f => f.Name != SearchFields.Body && f.GetStringValue() is not null))
                {
                    fields[field.Name] = fields[field.Name] is JsonArray values ? Append(values, field.GetStringValue())
                        : fields[field.Name] is JsonValue single ? new JsonArray(single.DeepClone(), field.GetStringValue())
                        : field.GetStringValue();
                }

                return fields;
            }).ToList();
            return Task.FromResult(Results.Ok(new { items, count = total }));
        }, ct);

    private static async Task<IResult> RunAsync(HttpContext http, LuceneQueryModel? model, Func<LuceneIndex, int, IReadOnlyList<global::Lucene.Net.Documents.Document>, Task<IResult>> shape, CancellationToken ct)
    {
        if (model is null)
        {
            return SearchProblems.BadRequest("Invalid query syntax", "Send indexName, query and parameters as a query string, a form or a JSON object.");
        }

        var caller = await http.RequestServices.GetRequiredService<ContentCallerAccessor>().GetAsync(ct);
        if (model.IndexName is { Length: > 0 } indexName && !caller.Has(Permissions.QueryLuceneApi) && !caller.Has(Permissions.QueryIndex(indexName)))
        {
            return SearchProblems.Denied(http, $"You may not query the index '{model.IndexName}' (permission {Permissions.QueryLuceneApi} or {Permissions.QueryIndex(indexName)}).");
        }

        try
        {
            var (index, total, documents) = await http.RequestServices.GetRequiredService<LuceneQueryRunner>().RunAsync(model, ct);
            http.Response.Headers.CacheControl = "private, no-store";
            return await shape(index, total, documents);
        }
        catch (SearchSyntaxException e)
        {
            return SearchProblems.BadRequest(e.Title, e.Message);
        }
    }

    private static LuceneQueryModel FromQuery(HttpContext http) =>
        new(http.Request.Query["indexName"], http.Request.Query["query"], http.Request.Query["parameters"]);

    private static async Task<LuceneQueryModel?> FromBodyAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            return new LuceneQueryModel(form["indexName"], form["query"], form["parameters"]);
        }

        try
        {
            if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct) is not JsonObject body)
            {
                return null;
            }

            return new LuceneQueryModel(Text(body["indexName"] ?? body["IndexName"]), Text(body["query"] ?? body["Query"]), Text(body["parameters"] ?? body["Parameters"]));
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>query and parameters may be sent as JSON strings (Orchard's form) or as JSON objects.</summary>
    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static JsonArray Append(JsonArray values, string? value)
    {
        values.Add(value);
        return values;
    }
}
