using System.Text;
using System.Text.Json;
using EduHub.Core.Data;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace EduHub.GraphQL.Execution;

/// <summary><c>/api/graphql</c>: POST JSON, POST application/graphql, and GET (with ETag / If-None-Match).</summary>
internal static class GraphQLEndpoints
{
    public static void MapGraphQLEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/graphql", async (HttpContext http, GraphQLExecutor executor, IOptions<GraphQLOptions> options) =>
        {
            var (request, error) = await ReadPostAsync(http.Request, options.Value);
            await WriteAsync(http, error ?? await executor.ExecuteAsync(http, request!), allowNotModified: false);
        }).WithName("GraphQLPost").WithSummary("Runs a GraphQL query or mutation ({query, variables, operationName} as JSON, or the raw query as application/graphql).").DisableAntiforgery();

        app.MapGet("/api/graphql", async (HttpContext http, GraphQLExecutor executor) =>
        {
            var (request, error) = ReadGet(http.Request);
            await WriteAsync(http, error ?? await executor.ExecuteAsync(http, request!), allowNotModified: true);
        }).WithName("GraphQLGet").WithSummary("Runs a GraphQL query from ?query=&variables=&operationName=; answers If-None-Match with 304.");
    }

    private static async Task<(GraphQLRequestBody? Request, GraphQLResponse? Error)> ReadPostAsync(HttpRequest request, GraphQLOptions options)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        if (string.Equals(mediaType, "application/graphql", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var text = await ReadLimitedAsync(reader, options.MaxQueryLength + 1);
            return (new GraphQLRequestBody(text, null, null, null), null);
        }

        if (!string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, GraphQLExecutor.Error(415, ErrorCodes.BadRequest, "Send application/json ({\"query\": ...}) or application/graphql."));
        }

        try
        {
            var body = await GraphQLExecutor.JsonSerializer.ReadAsync<GraphQLRequest>(request.Body, request.HttpContext.RequestAborted);
            return body is null
                ? (null, GraphQLExecutor.Error(400, ErrorCodes.BadRequest, "The body must be a JSON object with a 'query'."))
                : (new GraphQLRequestBody(body.Query, body.Variables, body.OperationName, body.Extensions), null);
        }
        catch (JsonException e)
        {
            return (null, GraphQLExecutor.Error(400, ErrorCodes.BadRequest, $"The body is not valid JSON: {e.Message.Split(" Path:")[0]}"));
        }
    }

    private static (GraphQLRequestBody? Request, GraphQLResponse? Error) ReadGet(HttpRequest request)
    {
        try
        {
            var variables = request.Query["variables"].FirstOrDefault() is { Length: > 0 } v ? GraphQLExecutor.JsonSerializer.Deserialize<Inputs>(v) : null;
            var extensions = request.Query["extensions"].FirstOrDefault() is { Length: > 0 } x ? GraphQLExecutor.JsonSerializer.Deserialize<Inputs>(x) : null;
            return (new GraphQLRequestBody(request.Query["query"].FirstOrDefault(), variables, request.Query["operationName"].FirstOrDefault(), extensions), null);
        }
        catch (JsonException e)
        {
            return (null, GraphQLExecutor.Error(400, ErrorCodes.BadRequest, $"'variables' or 'extensions' is not valid JSON: {e.Message.Split(" Path:")[0]}"));
        }
    }

    private static async Task<string> ReadLimitedAsync(StreamReader reader, int maxChars)
    {
        var buffer = new char[maxChars];
        var read = 0;
        int n;
        while (read < maxChars && (n = await reader.ReadAsync(buffer.AsMemory(read, maxChars - read))) > 0)
        {
            read += n;
        }

        return new string(buffer, 0, read);
    }

    private static async Task WriteAsync(HttpContext http, GraphQLResponse response, bool allowNotModified)
    {
        var authenticated = http.User.Identity?.IsAuthenticated == true;
        http.Response.Headers.ETag = response.ETag;

        // How many SQL commands the read path ran: lets operators (and tests) see that related data is batched.
        http.Response.Headers["X-EduHub-Sql-Commands"] = http.RequestServices.GetRequiredService<SqlCommandCounter>().Commands.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = authenticated ? "private, no-cache" : "public, no-cache";
        if (allowNotModified && response.Status == 200 && http.Request.Headers.IfNoneMatch.Contains(response.ETag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.StatusCode = response.Status;
        if (response.Status == 401)
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"EduHub\", charset=\"UTF-8\"";
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }
}
