using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Counts the facet values of every matching document in one pass over the hits, for the requested
/// dimensions only, segment by segment, from the segment's cached ordinals (<see cref="FacetOrdinals"/>).
/// Per-segment counts go to pooled arrays (<see cref="FacetCounts"/>), returned when <see cref="Result"/> is read.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private readonly IReadOnlyList<string> _facets;
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _counts;
    private readonly FacetOrdinals?[] _ordinals;
    private readonly int[]?[] _segmentCounts;
    private readonly FacetCounts _pool;

    // The current segment's dimensions, split by shape so that Collect does no lookups (first _singles / _multis used).
    private readonly int[][] _single;
    private readonly int[][] _singleCounts;
    private readonly (int[] Starts, int[] Ordinals, int[] Counts)[] _multi;
    private int _singles;
    private int _multis;

    public FacetCollector(IReadOnlyList<string> facets)
    {
        _facets = facets;
        _fields = facets.Select(SearchFields.Facet).ToArray();
        _counts = facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _ordinals = new FacetOrdinals?[facets.Count];
        _segmentCounts = new int[facets.Count][];
        _pool = new FacetCounts(facets.Count);
        _single = new int[facets.Count][];
        _singleCounts = new int[facets.Count][];
        _multi = new (int[], int[], int[])[facets.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _singles = _multis = 0;
        for (var i = 0; i < _facets.Count; i++)
        {
            var ordinals = FacetOrdinals.For(context.AtomicReader, _fields[i]);
            _ordinals[i] = ordinals;
            if (ordinals is null || ordinals.ValueCount == 0)
            {
                _segmentCounts[i] = null;
                continue;
            }

            var counts = _segmentCounts[i] = _pool.Segment(i, ordinals.ValueCount);
            if (ordinals.Single is { } perDoc)
            {
                _single[_singles] = perDoc;
                _singleCounts[_singles++] = counts;
            }
            else
            {
                _multi[_multis++] = (ordinals.Starts!, ordinals.Ordinals!, counts);
            }
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _singles; i++)
        {
            var ord = _single[i][doc];
            if (ord >= 0)
            {
                _singleCounts[i][ord]++;
            }
        }

        for (var m = 0; m < _multis; m++)
        {
            var (starts, ordinals, counts) = _multi[m];
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
            {
                counts[ordinals[k]]++;
            }
        }
    }

    /// <summary>Counts per facet: value → (label, count), most frequent first. Returns the pooled arrays: call once, after the search.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        Flush();
        _pool.Dispose();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(_facets.Count);
        for (var i = 0; i < _facets.Count; i++)
        {
            result[_facets[i]] = _counts[i].Select(v => Split(v.Key, v.Value)).OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).ToList();
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

    private void Flush()
    {
        for (var i = 0; i < _facets.Count; i++)
        {
            if (_ordinals[i] is not { } ordinals || _segmentCounts[i] is not { } counts)
            {
                continue;
            }

            for (var ord = 0; ord < ordinals.ValueCount; ord++)
            {
                if (counts[ord] > 0)
                {
                    var key = ordinals.Term(ord);
                    _counts[i][key] = _counts[i].GetValueOrDefault(key) + counts[ord];
                }
            }

            _ordinals[i] = null;
            _segmentCounts[i] = null;
        }
    }
}
