using System.Text.Json;
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

    private JsonObject? _content;
    private JsonElement _document;

    /// <summary>
    /// The parts, keyed by the part's name in the type (e.g. "TitlePart", "Platform"). An item read from the store
    /// carries the cached document and builds this object over it on first use; readers that only look use
    /// <see cref="Read"/>, which builds nothing while this was never asked for.
    /// </summary>
    public JsonObject Content
    {
        get => _content ??= _document.ValueKind == JsonValueKind.Object ? JsonObject.Create(_document)! : [];
        set
        {
            _content = value;
            _document = default;
        }
    }

    /// <summary>True when the item has any part: index-row reads carry no document.</summary>
    public bool HasContent
    {
        get
        {
            if (_content is not null)
            {
                return _content.Count > 0;
            }

            if (_document.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            using var properties = _document.EnumerateObject();
            return properties.MoveNext();
        }
    }

    /// <summary>
    /// Gives the item a parsed document that nobody may change (the document cache's): <see cref="Content"/> is built
    /// over it only when asked for, and each item builds its own, so a reader that edits never touches the original.
    /// </summary>
    public void SetDocument(JsonElement document)
    {
        _content = null;
        _document = document;
    }

    /// <summary>A part (or, with an indexer, its fields and their values) to read, without building <see cref="Content"/>.</summary>
    public DocumentValue Read(string partName) =>
        _content is null ? DocumentValue.Of(_document)[partName] : DocumentValue.Of(_content[partName]);

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
