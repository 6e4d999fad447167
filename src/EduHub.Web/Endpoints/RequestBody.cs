using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.Web.Endpoints;

internal static class RequestBody
{
    /// <summary>Reads a ContentItem JSON body; malformed input becomes a 400 problem that says where.</summary>
    public static async Task<(ContentItem? Item, IResult? Error)> ReadContentItemAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return (null, ContentResults.BadRequest("Malformed JSON", $"The body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})."));
        }

        if (node is not JsonObject json)
        {
            return (null, ContentResults.BadRequest("Malformed content item", "The body must be a ContentItem JSON object."));
        }

        try
        {
            var item = ContentItemJson.FromJson(json);
            return string.IsNullOrEmpty(item.ContentType) && !IdGenerator.IsValid(item.ContentItemId)
                ? (null, ContentResults.BadRequest("Malformed content item", "ContentType is required to create an item."))
                : (item, null);
        }
        catch (FormatException e)
        {
            return (null, ContentResults.BadRequest("Malformed content item", e.Message));
        }
    }
}
