using EduHub.Core.Contents;

namespace EduHub.Core.Data.Queries;

/// <param name="Total">Total matches (only when asked for).</param>
/// <param name="EndCursor">Keyset cursor of the last item, for the next page.</param>
/// <param name="Cursors">The keyset cursor of each item, in the same order as <paramref name="Items"/>.</param>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, long? Total, string? EndCursor, bool HasNextPage, IReadOnlyList<string> Cursors);
