using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EduHub.Core.Contents;

/// <summary>
/// One version of a content item, in Orchard Core's shape: metadata properties plus one JSON object per
/// part (<see cref="Content"/>), serialized flat (see <see cref="ContentItemJson"/>).
/// </summary>
[JsonConverter(typeof(ContentItemJsonConverter))]
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? DisplayText { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }

    /// <summary>The parts, keyed by the part's name in the type (e.g. "TitlePart", "Platform").</summary>
    public JsonObject Content { get; set; } = [];

    public JsonObject? Part(string partName) => Content[partName] as JsonObject;

    public JsonObject GetOrCreatePart(string partName)
    {
        if (Content[partName] is JsonObject part)
        {
            return part;
        }

        part = [];
        Content[partName] = part;
        return part;
    }

    public JsonObject? Field(string partName, string fieldName) => Part(partName)?[fieldName] as JsonObject;

    public ContentItem Clone() => ContentItemJson.FromJson(ContentItemJson.ToJson(this));
}
