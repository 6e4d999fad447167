using Microsoft.Extensions.Caching.Memory;

namespace EduHub.Core.Data.Queries;

/// <summary>
/// Totals of list queries (a connection's <c>totalCount</c>), kept while no content changed anywhere. A count has to
/// visit every matching row, so it grows with the data (≈ 30 ms for 100k platforms on SQLite) while the page
/// beside it does not. Every content change bumps the <see cref="CacheGenerations.Content"/> generation in its own
/// transaction; a reader reads that generation in its read transaction before counting, and an entry is used only
/// when it was counted under the very same generation. So a cached total is never older than the rows the page
/// reads, on every node, with nothing to invalidate. (The generation row, not the change feed's newest id:
/// PostgreSQL hands out ids before commit, so a smaller id can commit after a larger one; bumps of one row commit
/// in order.)
/// </summary>
public sealed class ContentCountCache : IDisposable
{
    private readonly MemoryCache _counts;

    /// <param name="capacity">How many distinct count statements to keep (0 turns the cache off).</param>
    public ContentCountCache(int capacity)
    {
        Capacity = Math.Max(capacity, 0);
        _counts = new MemoryCache(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.2 });
    }

    public int Capacity { get; }

    public bool TryGet(string key, long generation, out long count)
    {
        if (_counts.TryGetValue(key, out Entry? entry) && entry!.Generation == generation)
        {
            count = entry.Count;
            return true;
        }

        count = 0;
        return false;
    }

    public void Set(string key, long generation, long count) =>
        _counts.Set(key, new Entry(generation, count), new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => _counts.Dispose();

    private sealed record Entry(long Generation, long Count);
}
