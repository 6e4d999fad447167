using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Metadata;

namespace EduHub.Core.Indexing;

/// <summary>What a contributor sees: the item version being indexed, the definitions, the document it writes, and look-ups.</summary>
public sealed class ContentIndexContext(ContentItem item, ContentDefinitionSnapshot definitions, ContentIndexDocument document, ContentIndexLookup lookup, DbSession session)
{
    public ContentItem Item { get; } = item;

    public ContentDefinitionSnapshot Definitions { get; } = definitions;

    public ContentIndexDocument Document { get; } = document;

    /// <summary>A TextField's text; null for private fields, which are never indexed.</summary>
    public string? Text(string partName, string fieldName) => Readable(partName, fieldName)?["Text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A MultiTextField's values; empty for private fields.</summary>
    public IReadOnlyList<string> Texts(string partName, string fieldName) =>
        Readable(partName, fieldName)?["Values"] is JsonArray a ? a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : v.ToString()).ToList() : [];

    /// <summary>An HtmlField's HTML; null for private fields.</summary>
    public string? Html(string partName, string fieldName) => Readable(partName, fieldName)?["Html"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The published terms a TaxonomyField selects, with their names in every language.</summary>
    public Task<IReadOnlyList<IndexedTerm>> TermsAsync(string partName, string fieldName, CancellationToken cancellationToken)
    {
        var field = Readable(partName, fieldName);
        var taxonomyId = field?["TaxonomyContentItemId"]?.GetValue<string>();
        var termIds = Ids(field?["TermContentItemIds"]);
        return taxonomyId is null || termIds.Count == 0
            ? Task.FromResult<IReadOnlyList<IndexedTerm>>([])
            : lookup.TermsAsync(session, taxonomyId, termIds, cancellationToken);
    }

    /// <summary>Display texts of the published items a ContentPickerField points to (a platform is found by its provider's name).</summary>
    public Task<IReadOnlyList<string>> PickedDisplayTextsAsync(string partName, string fieldName, CancellationToken cancellationToken)
    {
        var ids = Ids(Readable(partName, fieldName)?["ContentItemIds"]);
        return ids.Count == 0 ? Task.FromResult<IReadOnlyList<string>>([]) : lookup.DisplayTextsAsync(session, ids, cancellationToken);
    }

    private JsonObject? Readable(string partName, string fieldName) =>
        Definitions.FindField(Item.ContentType, partName, fieldName) is { Definition.IsPrivate: true } ? null : Item.Field(partName, fieldName);

    private static List<string> Ids(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList() : [];
}
