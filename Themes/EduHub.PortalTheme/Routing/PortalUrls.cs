using EduHub.Core.Contents;

namespace EduHub.PortalTheme.Routing;

/// <summary>
/// Public URLs of items: <c>/{culture}/{autoroute path}</c>. Stored paths of non-Armenian items may already start
/// with their culture (<c>en/platforms/...</c>, so paths stay unique); that prefix is not repeated.
/// </summary>
public static class PortalUrls
{
    public static string Item(string culture, ContentItem item)
    {
        var path = item.Part("AutoroutePart")?["Path"]?.GetValue<string>()?.Trim('/');
        return path is null ? $"/{culture}/" : $"/{culture}/{WithoutCulturePrefix(path)}";
    }

    /// <summary>The path without a leading culture segment (<c>en/platforms/x</c> → <c>platforms/x</c>).</summary>
    public static string WithoutCulturePrefix(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && PortalCultures.IsSupported(path[..slash]) ? path[(slash + 1)..] : path;
    }
}
