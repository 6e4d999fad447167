using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Passes every hit to the top-N collector and counts the facet values of every hit in the same pass, for the
/// requested dimensions only, segment by segment (<see cref="SegmentFacetCounter"/>, a buffer of hits at a time).
/// One collector instead of Lucene's MultiCollector around two. Per-segment counts go to pooled arrays
/// (<see cref="FacetCounts"/>), returned when <see cref="Result"/> is read.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    /// <summary>Hits buffered before they are counted: small enough to stay in the first-level cache, and at most 255 (see SegmentFacetCounter.CountMulti).</summary>
    public const int BufferSize = 255;

    private readonly IReadOnlyList<string> _facets;
    private readonly ICollector _top;
    private readonly Dictionary<string, int>[] _totals;
    private readonly FacetCounts _pool;
    private readonly SegmentFacetCounter _segment;
    private readonly int[] _buffer = new int[BufferSize];
    private int _buffered;
    private bool _inSegment;

    /// <param name="top">Receives every hit first (the top-N collector).</param>
    public FacetCollector(IReadOnlyList<string> facets, ICollector top)
    {
        _facets = facets;
        _top = top;
        _totals = facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _pool = new FacetCounts(facets.Count);
        _segment = new SegmentFacetCounter(facets, _pool);
    }

    public bool AcceptsDocsOutOfOrder => _top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _top.SetNextReader(context);
        EndSegment();
        _segment.Start(context.AtomicReader);
        _inSegment = true;
    }

    public void Collect(int doc)
    {
        _top.Collect(doc);
        _buffer[_buffered++] = doc;
        if (_buffered == BufferSize)
        {
            _segment.Count(_buffer);
            _buffered = 0;
        }
    }

    /// <summary>Counts per facet: value → (label, count), most frequent first. Returns the pooled arrays: call once, after the search.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        EndSegment();
        _pool.Dispose();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(_facets.Count);
        for (var i = 0; i < _facets.Count; i++)
        {
            result[_facets[i]] = _totals[i].Select(v => Split(v.Key, v.Value)).OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).ToList();
        }

        return result;
    }

    /// <summary>Returns the pooled arrays when the search ends early (an exception); a no-op after <see cref="Result"/>.</summary>
    public void Dispose() => _pool.Dispose();

    private static FacetValue Split(string stored, int count)
    {
        var separator = stored.IndexOf(SearchFields.LabelSeparator, StringComparison.Ordinal);
        return separator < 0 ? new FacetValue(stored, stored, count) : new FacetValue(stored[..separator], stored[(separator + 1)..], count);
    }

    private void EndSegment()
    {
        if (!_inSegment)
        {
            return;
        }

        _segment.Count(_buffer.AsSpan(0, _buffered));
        _buffered = 0;
        _segment.End(_totals);
        _inSegment = false;
    }
}
