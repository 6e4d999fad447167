using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EduHub.Core.Modules;

/// <summary>
/// Serves a theme's or module's CSS, JavaScript and images embedded in its assembly (<c>wwwroot/</c> as embedded
/// resources): no static-web-assets manifest, so the files are found the same way in every environment.
/// </summary>
public sealed class EmbeddedAssets(Assembly assembly, string resourcePrefix)
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".svg"] = "image/svg+xml",
        [".png"] = "image/png", [".ico"] = "image/x-icon", [".txt"] = "text/plain; charset=utf-8",
    };

    /// <summary>Changes whenever the assembly is rebuilt; put on asset URLs (<c>?v=</c>) so browsers may cache them for a year.</summary>
    public string Version { get; } = File.GetLastWriteTimeUtc(assembly.Location).Ticks.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    public IResult Serve(string file, HttpContext context)
    {
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file));
        var stream = type is null ? null : assembly.GetManifestResourceStream(resourcePrefix + file);
        if (stream is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=300";
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return Results.Stream(stream, type);
    }
}
