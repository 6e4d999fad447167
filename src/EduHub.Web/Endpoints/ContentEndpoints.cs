using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;

namespace EduHub.Web.Endpoints;

/// <summary>The REST content API in Orchard Core's shape (<c>/api/content</c>), plus lifecycle and listing routes.</summary>
internal static class ContentEndpoints
{
    public static void MapContentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/content").WithTags("Content");

        group.MapGet("/{contentItemId}", async (string contentItemId, string? version, ContentManager content, CancellationToken ct) =>
        {
            if (!Enum.TryParse<VersionOptions>(version ?? "Published", ignoreCase: true, out var options) || options == VersionOptions.DraftRequired)
            {
                return ContentResults.BadRequest("Unknown version", "version must be published, latest or draft.");
            }

            return await content.GetAsync(contentItemId, options, ct) is { } item
                ? ContentResults.Json(ContentItemJson.ToJson(item))
                : TypedResults.Problem($"Content item '{contentItemId}' was not found.", statusCode: 404, title: "Not found");
        }).WithName("GetContentItem").WithSummary("Gets one content item (published by default; ?version=latest|draft).");

        group.MapPost("/", async (HttpContext http, bool? draft, ContentManager content, CancellationToken ct) =>
        {
            var (item, error) = await RequestBody.ReadContentItemAsync(http.Request, ct);
            if (item is null)
            {
                return error!;
            }

            var existed = IdGenerator.IsValid(item.ContentItemId) && await content.GetAsync(item.ContentItemId, VersionOptions.Latest, ct) is not null;
            var result = await content.UpsertAsync(item, new ContentSaveOptions(Publish: draft != true, ExpectedVersionId: item.ContentItemVersionId), ct);
            return ContentResults.From(result, http, existed ? 200 : 201);
        }).WithName("SaveContentItem").WithSummary("Creates or updates a content item; ?draft=true keeps it a draft. A stale ContentItemVersionId is a 409.");

        group.MapDelete("/{contentItemId}", async (string contentItemId, HttpContext http, ContentManager content, CancellationToken ct) =>
        {
            var result = await content.RemoveAsync(contentItemId, ct);
            return result.Succeeded ? TypedResults.NoContent() : ContentResults.From(result, http);
        }).WithName("DeleteContentItem").WithSummary("Deletes a content item (soft delete; versions stay in the audit trail).");

        MapLifecycle(group);
        group.MapGet("/", ContentListing.ListAsync).WithName("ListContentItems").WithSummary("Lists items of one or more types with filters, sort and paging.");
    }

    private static void MapLifecycle(RouteGroupBuilder group)
    {
        group.MapPost("/{contentItemId}/publish", async (string contentItemId, HttpContext http, ContentManager content, CancellationToken ct) =>
            ContentResults.From(await content.PublishAsync(contentItemId, ct), http)).WithName("PublishContentItem").WithSummary("Publishes the latest version.");
        group.MapPost("/{contentItemId}/unpublish", async (string contentItemId, HttpContext http, ContentManager content, CancellationToken ct) =>
            ContentResults.From(await content.UnpublishAsync(contentItemId, ct), http)).WithName("UnpublishContentItem").WithSummary("Takes the item off line; its latest version stays as a draft.");
        group.MapPost("/{contentItemId}/discard-draft", async (string contentItemId, HttpContext http, ContentManager content, CancellationToken ct) =>
            ContentResults.From(await content.DiscardDraftAsync(contentItemId, ct), http)).WithName("DiscardDraft").WithSummary("Drops the draft of a published item.");
        group.MapPost("/{contentItemId}/clone", async (string contentItemId, HttpContext http, ContentManager content, CancellationToken ct) =>
            ContentResults.From(await content.CloneAsync(contentItemId, ct), http, 201)).WithName("CloneContentItem").WithSummary("Copies the item into a new draft.");
        group.MapGet("/{contentItemId}/versions", async (string contentItemId, ContentManager content, CancellationToken ct) =>
        {
            var versions = await content.ListVersionsAsync(contentItemId, ct);
            return versions.Count == 0
                ? TypedResults.Problem($"Content item '{contentItemId}' was not found.", statusCode: 404, title: "Not found")
                : ContentResults.Json(new JsonArray(versions.Select(v => (JsonNode)ContentItemJson.ToJson(v)).ToArray()));
        }).WithName("ListContentVersions").WithSummary("Every version of the item, oldest first.");
        group.MapPost("/{contentItemId}/versions/{versionId}/restore", async (string contentItemId, string versionId, HttpContext http, ContentManager content, CancellationToken ct) =>
            ContentResults.From(await content.RestoreAsync(contentItemId, versionId, ct), http)).WithName("RestoreContentVersion").WithSummary("Makes an old version the new draft.");
    }
}
