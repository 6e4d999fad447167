using System.Numerics;
using System.Runtime.CompilerServices;
using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// One segment's facet dimensions packed side by side into one 64-bit word per document, so that counting a hit
/// reads one word (one cache line) instead of one array per dimension: with seven dimensions over 100k documents the
/// separate arrays are megabytes apart and every hit missed the cache in each of them.
/// A single-valued dimension takes its ordinal + 1 (0 = none) in as many bits as that needs; a multi-valued one a
/// bit mask with one bit per value. Dimensions are placed in <see cref="SearchFields.Facets"/> order while they fit;
/// those that do not (a taxonomy of more than 64 terms, say) have no <see cref="Slot"/> and are counted from their
/// <see cref="FacetOrdinals"/> arrays as before. Cached per segment core, like the ordinals it is built from.
/// </summary>
internal sealed class PackedFacets
{
    private static readonly ConditionalWeakTable<object, PackedFacets> Cache = new();

    private readonly Slot?[] _slots;

    private PackedFacets(ulong[] words, Slot?[] slots)
    {
        Words = words;
        _slots = slots;
    }

    /// <summary>Document d's packed dimensions.</summary>
    public ulong[] Words { get; }

    /// <summary>Where a dimension lives in each word: <c>(word &gt;&gt; Shift) &amp; Mask</c>.</summary>
    /// <param name="IsMulti">True: a bit mask of ordinals; false: ordinal + 1, or 0 for none.</param>
    public readonly record struct Slot(int Shift, ulong Mask, bool IsMulti);

    /// <summary>The slot of facet <paramref name="name"/> in this segment; null when it is not packed (or the segment has no values for it).</summary>
    public Slot? SlotOf(string name)
    {
        var index = Array.IndexOf(SearchFields.Facets, name);
        return index < 0 ? null : _slots[index];
    }

    public static PackedFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Build(reader));

    private static PackedFacets Build(AtomicReader reader)
    {
        var words = new ulong[reader.MaxDoc];
        var slots = new Slot?[SearchFields.Facets.Length];
        var used = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (FacetOrdinals.For(reader, SearchFields.Facet(SearchFields.Facets[i])) is not { ValueCount: > 0 } ordinals)
            {
                continue;
            }

            var isMulti = ordinals.Single is null;
            var width = isMulti ? ordinals.ValueCount : 64 - BitOperations.LeadingZeroCount((ulong)ordinals.ValueCount);
            if (used + width > 64)
            {
                continue;
            }

            var slot = new Slot(used, width == 64 ? ulong.MaxValue : (1UL << width) - 1, isMulti);
            Pack(words, ordinals, slot);
            slots[i] = slot;
            used += width;
        }

        return new PackedFacets(words, slots);
    }

    private static void Pack(ulong[] words, FacetOrdinals ordinals, Slot slot)
    {
        if (ordinals.Single is { } single)
        {
            for (var doc = 0; doc < words.Length; doc++)
            {
                words[doc] |= (ulong)(single[doc] + 1) << slot.Shift;
            }

            return;
        }

        var starts = ordinals.Starts!;
        for (var doc = 0; doc < words.Length; doc++)
        {
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
            {
                words[doc] |= 1UL << (slot.Shift + ordinals.Ordinals![k]);
            }
        }
    }
}
