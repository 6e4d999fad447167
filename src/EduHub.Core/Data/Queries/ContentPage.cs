using EduHub.Core.Contents;

namespace EduHub.Core.Data.Queries;

/// <param name="Total">Total matches (only when asked for).</param>
/// <param name="Cursors">The keyset cursor of each item, in the same order as <paramref name="Items"/> (encoded when read).</param>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, long? Total, bool HasNextPage, IReadOnlyList<string> Cursors)
{
    /// <summary>Keyset cursor of the last item, for the next page; null for an empty page.</summary>
    public string? EndCursor => Cursors.Count > 0 ? Cursors[^1] : null;
}
