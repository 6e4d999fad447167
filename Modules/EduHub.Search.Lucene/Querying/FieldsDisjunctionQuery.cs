using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// A search-box word's optional clauses over several fields (title, text, stems, prefix, typos): a plain
/// <see cref="BooleanQuery"/> in every respect (weights, normalization, coordination, explanations, in-order scoring),
/// except that when the hits may be collected out of order it is scored by <see cref="WindowedDisjunctionScorer"/>,
/// which gives the same scores without Lucene's per-hit bucket objects. Rewriting keeps the type (Lucene clones it).
/// </summary>
internal sealed class FieldsDisjunctionQuery : BooleanQuery
{
    public override Weight CreateWeight(IndexSearcher searcher) => new FieldsDisjunctionWeight(this, searcher, CoordDisabled);

    private sealed class FieldsDisjunctionWeight(BooleanQuery query, IndexSearcher searcher, bool disableCoord)
        : BooleanWeight(query, searcher, disableCoord)
    {
        // Only a pure OR is windowed; what the query is does not change from segment to segment.
        private readonly bool _windowed = query.MinimumNumberShouldMatch == 0 && query.Clauses.All(c => c.Occur == Occur.SHOULD);
        private float[]? _coord;

        public override BulkScorer GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            if (scoreDocsInOrder || !_windowed)
            {
                return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            }

            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    scorers.Add(scorer);
                }
            }

            if (scorers.Count == 0)
            {
                return null!; // Lucene's contract: no bulk scorer when nothing in the segment can match.
            }

            return new WindowedDisjunctionScorer(this, scorers, _coord ??= CoordByMatches());
        }

        private float[] CoordByMatches()
        {
            var coord = new float[m_weights.Count + 1];
            for (var matches = 0; matches < coord.Length; matches++)
            {
                coord[matches] = Coord(matches, MaxCoord);
            }

            return coord;
        }
    }
}
