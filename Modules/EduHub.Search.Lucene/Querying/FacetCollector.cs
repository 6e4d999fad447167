using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Counts the facet values of every matching document in one pass over the hits, for the requested
/// dimensions only, segment by segment, from the segment's cached ordinals (<see cref="FacetOrdinals"/>).
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly IReadOnlyList<string> _facets;
    private readonly Dictionary<string, int>[] _counts;
    private readonly FacetOrdinals?[] _ordinals;
    private readonly int[]?[] _segmentCounts;

    // The current segment's dimensions, split by shape so that Collect does no lookups.
    private int[][] _single = [];
    private int[][] _singleCounts = [];
    private (int[] Starts, int[] Ordinals, int[] Counts)[] _multi = [];

    public FacetCollector(IReadOnlyList<string> facets)
    {
        _facets = facets;
        _counts = facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _ordinals = new FacetOrdinals?[facets.Count];
        _segmentCounts = new int[facets.Count][];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var single = new List<int[]>();
        var singleCounts = new List<int[]>();
        var multi = new List<(int[], int[], int[])>();
        for (var i = 0; i < _facets.Count; i++)
        {
            var ordinals = FacetOrdinals.For(context.AtomicReader, SearchFields.Facet(_facets[i]));
            _ordinals[i] = ordinals;
            if (ordinals is null || ordinals.ValueCount == 0)
            {
                _segmentCounts[i] = null;
                continue;
            }

            var counts = _segmentCounts[i] = new int[ordinals.ValueCount];
            if (ordinals.Single is { } perDoc)
            {
                single.Add(perDoc);
                singleCounts.Add(counts);
            }
            else
            {
                multi.Add((ordinals.Starts!, ordinals.Ordinals!, counts));
            }
        }

        _single = [.. single];
        _singleCounts = [.. singleCounts];
        _multi = [.. multi];
    }

    public void Collect(int doc)
    {
        var single = _single;
        for (var i = 0; i < single.Length; i++)
        {
            var ord = single[i][doc];
            if (ord >= 0)
            {
                _singleCounts[i][ord]++;
            }
        }

        foreach (var (starts, ordinals, counts) in _multi)
        {
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
            {
                counts[ordinals[k]]++;
            }
        }
    }

    /// <summary>Counts per facet: value → (label, count), most frequent first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(_facets.Count);
        for (var i = 0; i < _facets.Count; i++)
        {
            result[_facets[i]] = _counts[i].Select(v => Split(v.Key, v.Value)).OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).ToList();
        }

        return result;
    }

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

            for (var ord = 0; ord < counts.Length; ord++)
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
