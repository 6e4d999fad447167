using EduHub.Core.Contents;
using EduHub.PortalTheme.Rendering;

namespace EduHub.PortalTheme.Platforms;

/// <summary>A listed platform with the values it has for each directory filter.</summary>
public sealed record PlatformEntry(ContentItem Item, IReadOnlyDictionary<string, IReadOnlySet<string>> Values)
{
    public static PlatformEntry Of(ContentItem item) => new(item, new Dictionary<string, IReadOnlySet<string>>
    {
        [PlatformFilters.Subject] = item.Ids("Platform", "Subjects").ToHashSet(StringComparer.Ordinal),
        [PlatformFilters.Grade] = item.Strings("Platform", "Grades").ToHashSet(StringComparer.Ordinal),
        [PlatformFilters.Language] = item.Ids("Platform", "Languages").ToHashSet(StringComparer.Ordinal),
        [PlatformFilters.Cost] = item.Text("Platform", "Cost") is { } cost ? new HashSet<string>([cost.Trim().ToLowerInvariant()]) : new HashSet<string>(),
        [PlatformFilters.AccessChannel] = item.Strings("Platform", "AccessChannels").Select(c => c.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
    });

    /// <summary>True when, for every filter with a choice, the platform has at least one chosen value (except <paramref name="ignore"/>).</summary>
    public bool Matches(IReadOnlyDictionary<string, IReadOnlySet<string>> selected, string? ignore = null) =>
        selected.All(s => s.Key == ignore || s.Value.Count == 0 || Values[s.Key].Overlaps(s.Value));
}
