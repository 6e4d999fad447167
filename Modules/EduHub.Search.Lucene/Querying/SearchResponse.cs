namespace EduHub.Search.Lucene.Querying;

public sealed record SearchResponse(int Total, int Page, int Size, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
