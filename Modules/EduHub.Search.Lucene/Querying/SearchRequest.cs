namespace EduHub.Search.Lucene.Querying;

/// <summary>A search as the APIs receive it (REST query string, GraphQL arguments).</summary>
/// <param name="Skip">Hits to skip (GraphQL's <c>skip</c>); when null, <see cref="Page"/> decides.</param>
public sealed record SearchRequest(
    string? Query,
    IReadOnlyList<string> ContentTypes,
    string? Culture,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    int Page = 1,
    int Size = 20,
    string? Index = null,
    IReadOnlyList<string>? Facets = null,
    int? Skip = null);
