using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace EduHub.AdminTheme.Assets;

/// <summary>The admin's CSS and JavaScript, embedded in this assembly and served from <c>/admin/assets/</c>.</summary>
internal static class AdminAssetsEndpoints
{
    private const string Prefix = "EduHub.AdminTheme.wwwroot.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".svg"] = "image/svg+xml",
    };

    /// <summary>Changes whenever the assembly is rebuilt; put on asset URLs so browsers may cache them for a year.</summary>
    public static string Version { get; } = File.GetLastWriteTimeUtc(typeof(AdminAssetsEndpoints).Assembly.Location).Ticks.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    public static void MapAdminAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/assets/{file}", Serve).WithName("AdminAsset").WithSummary("The admin's static files.").ExcludeFromDescription();

    private static IResult Serve(string file, HttpContext context)
    {
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file));
        var stream = type is null ? null : typeof(AdminAssetsEndpoints).Assembly.GetManifestResourceStream(Prefix + file);
        if (stream is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=300";
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return Results.Stream(stream, type);
    }
}
