using Microsoft.AspNetCore.Http;

namespace EduHub.PortalTheme.Routing;

/// <summary>The portal's cultures: the first URL segment (<c>/hy/...</c>, <c>/en/...</c>, <c>/ru/...</c>), Armenian by default.</summary>
public static class PortalCultures
{
    public const string Default = "hy";

    public static readonly IReadOnlyList<string> All = ["hy", "en", "ru"];

    /// <summary>Paths served by other parts of the host (admin, APIs, GraphiQL, health): never portal pages.</summary>
    private static readonly string[] NotPortal = ["/admin", "/api", "/graphiql", "/health"];

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture, StringComparer.Ordinal);

    public static bool IsPortalPath(PathString path) => !NotPortal.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The partner area keeps its own prefix before the culture: <c>/partners/{culture}/...</c>.</summary>
    public const string PartnerArea = "/partners";

    /// <summary>The culture named by the path (<c>/{culture}/...</c> or <c>/partners/{culture}/...</c>), or null.</summary>
    public static string? FromPath(PathString path)
    {
        var (_, rest) = SplitArea(path);
        var end = rest.IndexOf('/', 1);
        var first = end < 0 ? rest.TrimStart('/') : rest[1..end];
        return IsSupported(first) ? first : null;
    }

    /// <summary>The same page in another culture: the culture segment swapped (or added).</summary>
    public static string SwitchTo(PathString path, QueryString query, string culture)
    {
        var (area, value) = SplitArea(path);
        var current = FromPath(path);
        var rest = current is null ? value : value[(current.Length + 1)..];
        return area + "/" + culture + (rest.Length == 0 ? "/" : rest) + query.Value;
    }

    private static (string Area, string Remainder) SplitArea(PathString path)
    {
        var value = path.Value is { Length: > 0 } v ? v : "/";
        return path.StartsWithSegments(PartnerArea, StringComparison.OrdinalIgnoreCase, out var rest)
            ? (PartnerArea, rest.Value is { Length: > 0 } r ? r : "/")
            : ("", value);
    }
}
