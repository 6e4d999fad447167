using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;

namespace EduHub.Web.Endpoints;

/// <summary>
/// <c>GET /api/content?type=School&amp;filter=School.Pupils:gt:100&amp;sort=-School.Pupils&amp;first=20&amp;after=...&amp;total=true</c>.
/// Filters are <c>Part.Field:op:value</c> or <c>Metadata:op:value</c>; ops: eq, not, in, not_in (comma lists),
/// contains, not_contains, starts_with, ends_with, gt, gte, lt, lte.
/// </summary>
internal static class ContentListing
{
    public static async Task<IResult> ListAsync(HttpContext http, ContentQueryService queries, CancellationToken ct)
    {
        var q = http.Request.Query;
        try
        {
            var query = new ContentQuery
            {
                ContentTypes = q["type"].SelectMany(t => (t ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList(),
                Status = Enum.TryParse<ContentStatus>(q["status"].FirstOrDefault() ?? "Published", true, out var status) ? status : throw new ContentQueryException("status must be published, latest, draft or all."),
                Culture = q["culture"].FirstOrDefault(),
                Where = q["filter"].Count == 0 ? null : new AndFilter(q["filter"].Select(f => FilterParser.Parse(f ?? "")).ToList()),
                OrderBy = q["sort"].Select(s => FilterParser.ParseSort(s ?? "")).ToList(),
                Take = int.TryParse(q["first"], out var first) ? first : 20,
                Skip = int.TryParse(q["skip"], out var skip) ? skip : 0,
                After = q["after"].FirstOrDefault(),
                IncludeTotal = q["total"] == "true",
            };
            var page = await queries.QueryAsync(query, ct);
            return ContentResults.Json(new JsonObject
            {
                ["items"] = new JsonArray(page.Items.Select(i => (JsonNode)ContentItemJson.ToJson(i)).ToArray()),
                ["total"] = page.Total,
                ["endCursor"] = page.EndCursor,
                ["hasNextPage"] = page.HasNextPage,
            });
        }
        catch (ContentQueryException e)
        {
            return ContentResults.BadRequest("Invalid query", e.Message);
        }
    }
}
