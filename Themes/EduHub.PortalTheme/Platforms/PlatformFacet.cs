namespace EduHub.PortalTheme.Platforms;

/// <summary>One filter of the directory: its query-string name and its options with counts.</summary>
public sealed record PlatformFacet(string Name, string Label, IReadOnlyList<PlatformFacetOption> Options);
