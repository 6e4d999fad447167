namespace EduHub.Core.Indexing;

/// <summary>
/// Full-text matching for server-rendered pages (the portal's directories). Implemented by the search module
/// (<c>Modules/EduHub.Search.Lucene/Portal/</c>) and registered only when that feature is on: a page asks for it
/// as an optional service and lists without text search when it is missing. Only published items the caller may
/// view are matched, as in the search API.
/// </summary>
public interface IContentTextSearch
{
    /// <summary>The ids of items of <paramref name="contentType"/> in the given cultures that match <paramref name="text"/>, best first.</summary>
    Task<ContentTextMatches> MatchAsync(string contentType, string text, IReadOnlyList<string> cultures, int max, CancellationToken cancellationToken);
}
