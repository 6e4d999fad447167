using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Applies a filter with random access (our cached bit sets, <see cref="CachedFilters"/>) as the accepted documents
/// of a word's windowed bulk scorer (<see cref="FieldsDisjunctionQuery"/>). Lucene's random-access strategy does so
/// only for the in-order scorer, so a filtered query was never bulk-scored out of order: a word over several fields
/// was merged hit by hit through a priority queue of clause scorers (2.0 ms for a word in 30 % of 100k items, against
/// 1.2 ms windowed with the same filter as accepted documents). Every other query keeps Lucene's way: where Lucene
/// would pick its own bulk <c>BooleanScorer</c> instead, that allocates a table of 2,048 bucket objects per segment
/// and search (a quoted phrase went from 387 to 484 KB per search with it).
/// </summary>
internal sealed class AcceptedDocsFilterStrategy : FilteredQuery.RandomAccessFilterStrategy
{
    public static AcceptedDocsFilterStrategy Instance { get; } = new();

    public override BulkScorer FilteredBulkScorer(AtomicReaderContext context, Weight weight, bool scoreDocsInOrder, DocIdSet docIdSet) =>
        weight.Query is FieldsDisjunctionQuery && docIdSet.Bits is { } accepted
            ? weight.GetBulkScorer(context, scoreDocsInOrder, accepted)
            : base.FilteredBulkScorer(context, weight, scoreDocsInOrder, docIdSet);
}
