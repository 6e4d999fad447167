using System.Buffers;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// The per-segment count arrays of one search's facet dimensions: one array per dimension, rented from the shared
/// pool for the search and reused from segment to segment (cleared each time), instead of new arrays for every
/// dimension of every segment of every search. Returned to the pool on <see cref="Dispose"/>, once.
/// Not thread-safe: one search, one thread, as Lucene's collectors are.
/// </summary>
internal sealed class FacetCounts(int dimensions) : IDisposable
{
    private readonly int[]?[] _counts = new int[dimensions][];
    private bool _disposed;

    /// <summary>The counts of <paramref name="dimension"/> for a new segment: at least <paramref name="valueCount"/> long, the first <paramref name="valueCount"/> zero.</summary>
    public int[] Segment(int dimension, int valueCount)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var counts = _counts[dimension];
        if (counts is null || counts.Length < valueCount)
        {
            if (counts is not null)
            {
                ArrayPool<int>.Shared.Return(counts);
            }

            counts = _counts[dimension] = ArrayPool<int>.Shared.Rent(Math.Max(valueCount, 16));
        }

        // Pooled arrays come back dirty, and the previous segment left its counts here.
        Array.Clear(counts, 0, valueCount);
        return counts;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        // Returning an array twice would hand it to two searches at once: hence the flag.
        _disposed = true;
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] is { } counts)
            {
                ArrayPool<int>.Shared.Return(counts);
                _counts[i] = null;
            }
        }
    }
}
