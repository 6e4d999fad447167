namespace EduHub.PortalTheme.Platforms;

/// <param name="Count">Platforms shown if this option were added to the other filters' choices.</param>
public sealed record PlatformFacetOption(string Value, string Label, int Count, bool Selected);
