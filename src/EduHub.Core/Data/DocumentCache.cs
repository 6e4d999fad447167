using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Memory;

namespace EduHub.Core.Data;

/// <summary>
/// Parsed version documents by row id. A stored document never changes: every save writes a new version row, a
/// publish only flips flags in the index row, and committed row ids are never reused (only committed rows are
/// added: see ContentStore). So an entry is valid for as long as
/// the row exists (a removed row is never asked for again), on every node, and needs no invalidation.
/// Entries are immutable <see cref="JsonElement"/>s, handed to items with <see cref="Contents.ContentItem.SetDocument"/>:
/// each item builds its own <see cref="JsonObject"/> over one only if asked for, so readers that edit an item never
/// touch the cached original.
/// </summary>
public sealed class DocumentCache : IDisposable
{
    private readonly MemoryCache _documents;

    /// <param name="capacity">How many documents to keep (0 turns the cache off).</param>
    public DocumentCache(int capacity) =>
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(capacity, 0), CompactionPercentage = 0.2 });

    public bool TryGet(long rowId, out JsonElement document) => _documents.TryGetValue(rowId, out document);

    /// <summary>Parses a stored document (UTF-8 JSON) and keeps it; a document that is not an object reads as an empty one.</summary>
    public JsonElement Add(long rowId, ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);

        // ParseValue copies into a document of its own that needs no disposal, so eviction can never pull an
        // element out from under a reader that still holds it.
        var element = JsonElement.ParseValue(ref reader);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        _documents.Set(rowId, element, new MemoryCacheEntryOptions { Size = 1 });
        return element;
    }

    public void Dispose() => _documents.Dispose();
}
