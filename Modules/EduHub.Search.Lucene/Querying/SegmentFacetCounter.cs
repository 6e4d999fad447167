using System.Numerics;
using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Counts the requested facet dimensions of one segment's hits, a buffer of hits at a time, one dimension after the
/// other: each pass is a short loop over the buffered hits' packed words (<see cref="PackedFacets"/>), or over the
/// dimension's ordinal arrays for a dimension that did not fit in the word. Counting hit by hit instead interleaved
/// seven dimensions' branches and counters per hit. Counts go to the arrays <see cref="FacetCounts"/> lends for the search.
/// </summary>
internal sealed class SegmentFacetCounter
{
    private readonly string[] _names;
    private readonly FacetCounts _pool;

    // Per requested dimension (by position), set for the current segment.
    private readonly FacetOrdinals?[] _ordinals;
    private readonly int[]?[] _counts;
    private readonly PackedFacets.Slot?[] _slots;
    private ulong[] _words = [];
    private readonly ulong[] _hitWords = new ulong[FacetCollector.BufferSize];

    public SegmentFacetCounter(IReadOnlyList<string> names, FacetCounts pool)
    {
        _names = [.. names];
        _pool = pool;
        _ordinals = new FacetOrdinals?[names.Count];
        _counts = new int[names.Count][];
        _slots = new PackedFacets.Slot?[names.Count];
    }

    /// <summary>Starts a segment: its packed words and ordinals, and zeroed counts per dimension.</summary>
    public void Start(AtomicReader reader)
    {
        var packed = PackedFacets.For(reader);
        _words = packed.Words;
        for (var i = 0; i < _names.Length; i++)
        {
            var ordinals = _ordinals[i] = FacetOrdinals.For(reader, SearchFields.Facet(_names[i]));
            _slots[i] = ordinals is { ValueCount: > 0 } ? packed.SlotOf(_names[i]) : null;

            // A packed single-valued dimension counts "no value" at index 0, so that its loop needs no branch.
            _counts[i] = ordinals is { ValueCount: > 0 } ? _pool.Segment(i, ordinals.ValueCount + Offset(i)) : null;
        }
    }

    /// <summary>Adds the hits in <paramref name="docs"/> (documents of the current segment).</summary>
    public void Count(ReadOnlySpan<int> docs)
    {
        var hitWords = _hitWords.AsSpan(0, docs.Length);
        for (var k = 0; k < docs.Length; k++)
        {
            hitWords[k] = _words[docs[k]];
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (_counts[i] is not { } counts)
            {
                continue;
            }

            switch (_slots[i])
            {
                case { IsMulti: false } single:
                    CountSingle(hitWords, single, counts);
                    break;
                case { IsMulti: true } multi:
                    CountMulti(hitWords, multi, counts);
                    break;
                default:
                    CountUnpacked(docs, _ordinals[i]!, counts);
                    break;
            }
        }
    }

    /// <summary>Ends the segment: its counts added to <paramref name="totals"/> (per dimension, value → count).</summary>
    public void End(Dictionary<string, int>[] totals)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (_ordinals[i] is not { } ordinals || _counts[i] is not { } counts)
            {
                continue;
            }

            var offset = Offset(i);
            for (var ord = 0; ord < ordinals.ValueCount; ord++)
            {
                var count = counts[ord + offset];
                if (count > 0)
                {
                    var key = ordinals.Term(ord);
                    totals[i][key] = totals[i].GetValueOrDefault(key) + count;
                }
            }

            _ordinals[i] = null;
            _counts[i] = null;
        }
    }

    private int Offset(int i) => _slots[i] is { IsMulti: false } ? 1 : 0;

    private static void CountSingle(ReadOnlySpan<ulong> words, PackedFacets.Slot slot, int[] counts)
    {
        foreach (var word in words)
        {
            counts[(int)((word >> slot.Shift) & slot.Mask)]++;
        }
    }

    /// <summary>
    /// A multi-valued dimension's bit masks, eight values at a time: each byte of a mask is spread to eight one-byte
    /// counters in a 64-bit word (<see cref="ByteSpread"/>) and added, so a hit costs one table read and one addition
    /// per eight values instead of a branch and an increment per value it has. A byte counts at most
    /// <see cref="FacetCollector.BufferSize"/> (255) hits, so it cannot overflow before it is added to the counts.
    /// </summary>
    private static void CountMulti(ReadOnlySpan<ulong> words, PackedFacets.Slot slot, int[] counts)
    {
        var (shift, mask, values) = (slot.Shift, slot.Mask, BitOperations.PopCount(slot.Mask));
        var bytes = (values + 7) / 8;
        Span<ulong> lanes = stackalloc ulong[8];
        lanes.Clear();
        foreach (var word in words)
        {
            var bits = (word >> shift) & mask;
            for (var b = 0; b < bytes; b++)
            {
                lanes[b] += ByteSpread[(int)((bits >> (8 * b)) & 0xFF)];
            }
        }

        for (var value = 0; value < values; value++)
        {
            counts[value] += (int)((lanes[value / 8] >> (8 * (value % 8))) & 0xFF);
        }
    }

    /// <summary>Byte value b → a word whose byte j is bit j of b.</summary>
    private static readonly ulong[] ByteSpread = Enumerable.Range(0, 256)
        .Select(b => Enumerable.Range(0, 8).Aggregate(0UL, (word, j) => word | ((ulong)((b >> j) & 1) << (8 * j))))
        .ToArray();

    private static void CountUnpacked(ReadOnlySpan<int> docs, FacetOrdinals ordinals, int[] counts)
    {
        if (ordinals.Single is { } single)
        {
            foreach (var doc in docs)
            {
                if (single[doc] >= 0)
                {
                    counts[single[doc]]++;
                }
            }

            return;
        }

        var (starts, values) = (ordinals.Starts!, ordinals.Ordinals!);
        foreach (var doc in docs)
        {
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
            {
                counts[values[k]]++;
            }
        }
    }
}
