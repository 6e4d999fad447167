using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Visibility and facet filters as cached bit sets: the same few filters (published + the types a role may
/// see, + a region…) come with almost every search, so each is computed once per segment and then applied as
/// the scorer's accepted documents instead of being intersected clause by clause for every hit.
/// Keyed by the filter query itself (Lucene queries compare by structure, not by their text), per segment core;
/// deletions are applied on top by the searcher, so a cached set is never stale.
/// </summary>
internal static class CachedFilters
{
    private const int Capacity = 512;
    private static readonly ConcurrentDictionary<Query, Filter> Filters = new();

    public static Filter For(Query filter)
    {
        if (Filters.TryGetValue(filter, out var cached))
        {
            return cached;
        }

        if (Filters.Count >= Capacity)
        {
            // Per-user filters (own items only) can be many; start over rather than grow without bound.
            Filters.Clear();
        }

        return Filters.GetOrAdd((Query)filter.Clone(), f => new BitSetCachingFilter(new QueryWrapperFilter(f)));
    }

    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        /// <summary>A FixedBitSet (random access) rather than Lucene's default compressed set: the filtered query then skips non-matching documents while scoring.</summary>
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}
