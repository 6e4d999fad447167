using EduHub.Core.Contents;

namespace EduHub.PortalTheme.Platforms;

/// <summary>One page of the directory: the platforms shown, the counts, the filters with their options, and notices about ignored input.</summary>
public sealed record PlatformDirectoryPage(
    IReadOnlyList<ContentItem> Items,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<PlatformFacet> Facets,
    IReadOnlyList<string> Notices,
    IReadOnlyDictionary<string, ContentItem> Providers,
    bool TextSearchAvailable);
