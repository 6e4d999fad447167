using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduHub.GraphQL.GraphiQL;

/// <summary>GraphiQL served from files embedded in this module: works offline, nothing loaded from a CDN.</summary>
internal static class GraphiQLEndpoints
{
    private const string Prefix = "EduHub.GraphQL.wwwroot.graphiql.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".css"] = "text/css; charset=utf-8",
        [".map"] = "application/json", [".svg"] = "image/svg+xml", [".woff2"] = "font/woff2",
    };

    public static void MapGraphiQLEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/graphiql", () => Serve("index.html")).WithName("GraphiQL").WithSummary("The GraphiQL query editor.").ExcludeFromDescription();
        app.MapGet("/graphiql/{file}", (string file) => Serve(file)).WithName("GraphiQLFile").WithSummary("GraphiQL's static files.").ExcludeFromDescription();
    }

    private static IResult Serve(string file)
    {
        if (file.Length == 0)
        {
            file = "index.html";
        }

        var assembly = typeof(GraphiQLEndpoints).Assembly;
        var stream = assembly.GetManifestResourceStream(Prefix + file);
        if (stream is null || file.Contains("..", StringComparison.Ordinal))
        {
            stream?.Dispose();
            return Results.NotFound();
        }

        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file)) ?? "application/octet-stream";
        return Results.Stream(stream, type, lastModified: File.GetLastWriteTimeUtc(assembly.Location));
    }
}
