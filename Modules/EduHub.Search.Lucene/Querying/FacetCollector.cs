using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.Querying;

/// <summary>Counts the facet values (sorted-set doc values) of every matching document, segment by segment.</summary>
internal sealed class FacetCollector(IReadOnlyList<string> facets) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[facets.Count];
    private readonly int[]?[] _segmentCounts = new int[facets.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < facets.Count; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(SearchFields.Facet(facets[i]));
            _values[i] = values;
            _segmentCounts[i] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[i]![ord]++;
            }
        }
    }

    /// <summary>Counts per facet: value → (label, count), most frequent first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result()
    {
        Flush();
        return _counts.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetValue>)f.Value.Select(v => Split(v.Key, v.Value)).OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).ToList());
    }

    private static FacetValue Split(string stored, int count)
    {
        var separator = stored.IndexOf(SearchFields.LabelSeparator, StringComparison.Ordinal);
        return separator < 0 ? new FacetValue(stored, stored, count) : new FacetValue(stored[..separator], stored[(separator + 1)..], count);
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values || _segmentCounts[i] is not { } counts)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    _counts[facets[i]][key] = _counts[facets[i]].GetValueOrDefault(key) + counts[ord];
                }
            }

            _values[i] = null;
            _segmentCounts[i] = null;
        }
    }
}
