using EduHub.Core.Contents;
using EduHub.GraphQL.Execution;
using Microsoft.Extensions.Caching.Memory;

namespace EduHub.GraphQL.Loading;

/// <summary>
/// Index rows (id, type, display text, dates, flags; no document) of published items that anonymous callers picked
/// through <c>contentItems { displayText }</c>-style selections, by content item id. Every page of platforms asks for
/// the same few hundred organisations; this saves that lookup (a statement and its rows) on all but the first.
/// Only what anonymous callers may see goes in, as they saw it (permission filter and private data already applied),
/// and only anonymous callers read it. An entry is good while its type's generation has not moved since before
/// the row was read: publishing, unpublishing or deleting any item of the type (here, or on another node through
/// the change feed) drops all of the type's entries, as it does the type's cached responses.
/// </summary>
public sealed class PickedRowCache(ContentTypeGenerations generations, int capacity) : IDisposable
{
    private readonly MemoryCache _rows = new(new MemoryCacheOptions { SizeLimit = Math.Max(capacity, 0), CompactionPercentage = 0.2 });
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1 };

    public bool Enabled => capacity > 0;

    /// <summary>A copy of the cached row, or null when there is none or its type changed since it was read.</summary>
    public ContentItem? Find(string contentItemId) =>
        _rows.TryGetValue(contentItemId, out CachedRow? row) && generations.Of(row!.Item.ContentType) == row.Generation ? CopyOf(row.Item) : null;

    /// <summary>The generations to store rows under: taken before the rows are read, so a change committed meanwhile makes them stale, never wrong.</summary>
    public IReadOnlyDictionary<string, long> GenerationsBeforeReading(IEnumerable<string> contentTypes) => generations.Snapshot(contentTypes);

    public void Add(ContentItem item, IReadOnlyDictionary<string, long> generationsBeforeReading)
    {
        if (generationsBeforeReading.TryGetValue(item.ContentType, out var generation))
        {
            _rows.Set(item.ContentItemId, new CachedRow(CopyOf(item), generation), Entry);
        }
    }

    public void Dispose() => _rows.Dispose();

    // Each request gets its own object: ContentItem is mutable, and nothing may reach the cached one.
    private static ContentItem CopyOf(ContentItem row) => new()
    {
        ContentItemId = row.ContentItemId,
        ContentItemVersionId = row.ContentItemVersionId,
        ContentType = row.ContentType,
        DisplayText = row.DisplayText,
        Latest = row.Latest,
        Published = row.Published,
        ModifiedUtc = row.ModifiedUtc,
        PublishedUtc = row.PublishedUtc,
        CreatedUtc = row.CreatedUtc,
        Owner = row.Owner,
        Author = row.Author,
    };

    private sealed record CachedRow(ContentItem Item, long Generation);
}
