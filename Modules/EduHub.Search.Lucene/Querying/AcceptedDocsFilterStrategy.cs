using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Applies a filter with random access (our cached bit sets, <see cref="CachedFilters"/>) as the query's accepted
/// documents for bulk scoring too. Lucene's random-access strategy does so only for the in-order scorer, so a
/// filtered query was never bulk-scored out of order: a word over several fields was merged hit by hit through a
/// priority queue of clause scorers (2.3 ms for a word in 30 % of 100k items, against 1.0 ms bulk-scored with the
/// same filter as accepted documents). Filters without random access take Lucene's way.
/// </summary>
internal sealed class AcceptedDocsFilterStrategy : FilteredQuery.RandomAccessFilterStrategy
{
    public static AcceptedDocsFilterStrategy Instance { get; } = new();

    public override BulkScorer FilteredBulkScorer(AtomicReaderContext context, Weight weight, bool scoreDocsInOrder, DocIdSet docIdSet) =>
        docIdSet.Bits is { } accepted
            ? weight.GetBulkScorer(context, scoreDocsInOrder, accepted)
            : base.FilteredBulkScorer(context, weight, scoreDocsInOrder, docIdSet);
}
