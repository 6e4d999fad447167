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

    /// <summary>The culture named by the path's first segment, or null.</summary>
    public static string? FromPath(PathString path)
    {
        var value = path.Value ?? "";
        var end = value.IndexOf('/', 1);
        var first = end < 0 ? value.TrimStart('/') : value[1..end];
        return IsSupported(first) ? first : null;
    }

    /// <summary>The same page in another culture: the first segment swapped (or added).</summary>
    public static string SwitchTo(PathString path, QueryString query, string culture)
    {
        var value = path.Value ?? "/";
        var current = FromPath(path);
        var rest = current is null ? value : value[(current.Length + 1)..];
        return "/" + culture + (rest.Length == 0 ? "/" : rest) + query.Value;
    }
}
