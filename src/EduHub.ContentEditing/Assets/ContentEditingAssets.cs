using EduHub.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduHub.ContentEditing.Assets;

/// <summary>The field editors' script, embedded in this assembly and served from <c>/content-editing/assets/</c>.</summary>
public static class ContentEditingAssets
{
    private static readonly EmbeddedAssets Assets = new(typeof(ContentEditingAssets).Assembly, "EduHub.ContentEditing.wwwroot.");

    /// <summary>Changes whenever the assembly is rebuilt; put on asset URLs so browsers may cache them for a year.</summary>
    public static string Version => Assets.Version;

    /// <summary>The URL of an embedded file, versioned.</summary>
    public static string Url(string file) => $"/content-editing/assets/{file}?v={Version}";

    public static void MapContentEditingAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/content-editing/assets/{file}", (string file, HttpContext context) => Assets.Serve(file, context)).WithName("ContentEditingAsset").WithSummary("The shared field editors' static files.").ExcludeFromDescription();
}
