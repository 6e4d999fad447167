using EduHub.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduHub.PortalTheme;

/// <summary>The portal's CSS and JavaScript, embedded in this assembly and served from <c>/assets/</c>.</summary>
public static class PortalAssets
{
    private static readonly EmbeddedAssets Assets = new(typeof(PortalAssets).Assembly, "EduHub.PortalTheme.wwwroot.");

    public static string Version => Assets.Version;

    /// <summary>An asset's URL with the version, so browsers keep it for a year and fetch the new one after a deploy.</summary>
    public static string Url(string file) => $"/assets/{file}?v={Version}";

    internal static void MapPortalAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{file}", (string file, HttpContext context) => Assets.Serve(file, context)).WithName("PortalAsset").WithSummary("The portal's static files.").ExcludeFromDescription();
}
