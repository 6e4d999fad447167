using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// One segment's facet ordinals for one dimension, read once from the sorted-set doc values into plain arrays
/// (one ordinal per document for single-valued dimensions, offsets + ordinals otherwise) and cached for the
/// segment's lifetime (keyed weakly by its core, so merged-away segments are dropped with their readers).
/// Counting a hit is then an array read instead of a doc-values seek and decode per dimension.
/// Doc values of a segment never change (deletions are applied by the searcher's live docs), so the cache is exact.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FacetOrdinals?>> Cache = new();

    private readonly string[] _terms;

    private FacetOrdinals(string[] terms, int[]? single, int[]? starts, int[]? ordinals)
    {
        _terms = terms;
        Single = single;
        Starts = starts;
        Ordinals = ordinals;
    }

    /// <summary>Ordinal of each document, -1 for none (single-valued dimensions).</summary>
    public int[]? Single { get; }

    /// <summary>Document d's ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c> (multi-valued dimensions).</summary>
    public int[]? Starts { get; }

    public int[]? Ordinals { get; }

    public int ValueCount => _terms.Length;

    /// <summary>The cached ordinals of <paramref name="field"/> in this segment; null when the segment has none.</summary>
    public static FacetOrdinals? For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, FacetOrdinals?>(StringComparer.Ordinal))
            .GetOrAdd(field, static (f, r) => Load(r, f), reader);

    /// <summary>The indexed value of an ordinal.</summary>
    public string Term(int ord) => _terms[ord];

    private static FacetOrdinals? Load(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }

        var terms = new string[(int)values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < terms.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            terms[ord] = bytes.Utf8ToString();
        }

        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        var single = true;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }

            single &= ordinals.Count - starts[doc] <= 1;
        }

        starts[maxDoc] = ordinals.Count;
        if (!single)
        {
            return new FacetOrdinals(terms, null, starts, ordinals.ToArray());
        }

        var perDoc = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            perDoc[doc] = starts[doc + 1] > starts[doc] ? ordinals[starts[doc]] : -1;
        }

        return new FacetOrdinals(terms, perDoc, null, null);
    }
}
