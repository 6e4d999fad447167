using EduHub.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduHub.AdminTheme.Assets;

/// <summary>The admin's CSS and JavaScript, embedded in this assembly and served from <c>/admin/assets/</c>.</summary>
internal static class AdminAssetsEndpoints
{
    private static readonly EmbeddedAssets Assets = new(typeof(AdminAssetsEndpoints).Assembly, "EduHub.AdminTheme.wwwroot.");

    /// <summary>Changes whenever the assembly is rebuilt; put on asset URLs so browsers may cache them for a year.</summary>
    public static string Version => Assets.Version;

    public static void MapAdminAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/assets/{file}", (string file, HttpContext context) => Assets.Serve(file, context)).WithName("AdminAsset").WithSummary("The admin's static files.").ExcludeFromDescription();
}
