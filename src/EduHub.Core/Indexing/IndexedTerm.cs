namespace EduHub.Core.Indexing;

/// <summary>A taxonomy term as search sees it: its id (for filters and facets) and its names in every language.</summary>
public sealed record IndexedTerm(string ContentItemId, string? DisplayText, IReadOnlyList<string> Names);
