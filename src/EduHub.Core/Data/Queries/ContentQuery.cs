namespace EduHub.Core.Data.Queries;

/// <summary>
/// What to list: types, status, culture, filters, sort and page. GraphQL <c>where</c> and REST filters
/// both translate into this; <see cref="ContentQueryService"/> turns it into SQL over the index tables.
/// Field filters and field sorts need exactly one content type (that is where part and field names live).
/// </summary>
public sealed record ContentQuery
{
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    public ContentStatus Status { get; init; } = ContentStatus.Published;

    public string? Culture { get; init; }

    /// <summary>
    /// Cultures in order of preference (e.g. ["en", "hy"]): per localization set, the item in the first culture
    /// that exists is returned. Replaces <see cref="Culture"/>. Done in SQL, so paging and counts stay right.
    /// </summary>
    public IReadOnlyList<string> CulturePreference { get; init; } = [];

    public ContentFilter? Where { get; init; }

    public IReadOnlyList<ContentSort> OrderBy { get; init; } = [];

    public int Skip { get; init; }

    public int Take { get; init; } = 20;

    /// <summary>Keyset cursor from a previous page (<see cref="ContentPage.EndCursor"/>); replaces <see cref="Skip"/>.</summary>
    public string? After { get; init; }

    public bool IncludeTotal { get; init; }

    /// <summary>
    /// False for callers that never page by cursor (GraphQL's Orchard-style lists): the sort keys of each row are then
    /// neither read nor formatted, and reading <see cref="ContentPage.Cursors"/> throws.
    /// </summary>
    public bool IncludeCursors { get; init; } = true;

    /// <summary>
    /// False returns items with their index-row data only (ids, type, display text, dates, flags, owner) and an empty
    /// <see cref="Contents.ContentItem.Content"/>: for callers that show nothing else, no document is read or parsed.
    /// </summary>
    public bool IncludeContent { get; init; } = true;
}
