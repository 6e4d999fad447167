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
            // A small body is read whole first: its bytes are the key of the anonymous response cache.
            string? rawKey = null;
            byte[]? bytes = null;
            if (http.Request.ContentLength is > 0 and <= RawKeyMaxBytes)
            {
                bytes = await ReadBodyAsync(http.Request, (int)http.Request.ContentLength.Value);
                var (cached, key) = await executor.FindCachedAsync(http, string.Concat("POST\n", http.Request.ContentType, "\n", Encoding.UTF8.GetString(bytes)));
                if (cached is not null)
                {
                    await WriteAsync(http, cached, allowNotModified: false);
                    return;
                }

                rawKey = key;
            }

            var (request, error) = await ReadPostAsync(http.Request, bytes, options.Value);
            await WriteAsync(http, error ?? await executor.ExecuteAsync(http, request!, rawKey), allowNotModified: false);
        }).WithName("GraphQLPost").WithSummary("Runs a GraphQL query or mutation ({query, variables, operationName} as JSON, or the raw query as application/graphql).").DisableAntiforgery();

        app.MapGet("/api/graphql", async (HttpContext http, GraphQLExecutor executor) =>
        {
            string? rawKey = null;
            if (http.Request.QueryString.Value is { Length: <= RawKeyMaxBytes } queryString)
            {
                var (cached, key) = await executor.FindCachedAsync(http, "GET\n" + queryString);
                if (cached is not null)
                {
                    await WriteAsync(http, cached, allowNotModified: true);
                    return;
                }

                rawKey = key;
            }

            var (request, error) = ReadGet(http.Request);
            await WriteAsync(http, error ?? await executor.ExecuteAsync(http, request!, rawKey), allowNotModified: true);
        }).WithName("GraphQLGet").WithSummary("Runs a GraphQL query from ?query=&variables=&operationName=; answers If-None-Match with 304.");
    }

    /// <summary>Requests longer than this are never keyed by their raw bytes (they still use the parsed-request key).</summary>
    private const int RawKeyMaxBytes = 64 * 1024;

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, int length)
    {
        var bytes = new byte[length];
        var read = 0;
        int n;
        while (read < length && (n = await request.Body.ReadAsync(bytes.AsMemory(read), request.HttpContext.RequestAborted)) > 0)
        {
            read += n;
        }

        return read == length ? bytes : bytes[..read];
    }

    private static async Task<(GraphQLRequestBody? Request, GraphQLResponse? Error)> ReadPostAsync(HttpRequest request, byte[]? bytes, GraphQLOptions options)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        using var body = bytes is null ? null : new MemoryStream(bytes, writable: false);
        var stream = body ?? request.Body;
        if (string.Equals(mediaType, "application/graphql", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = await ReadLimitedAsync(reader, options.MaxQueryLength + 1);
            return (new GraphQLRequestBody(text, null, null, null), null);
        }

        if (!string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, GraphQLExecutor.Error(415, ErrorCodes.BadRequest, "Send application/json ({\"query\": ...}) or application/graphql."));
        }

        try
        {
            // A body read already is parsed in place; only a long one is read from the stream as it comes.
            var json = bytes is not null
                ? GraphQLExecutor.JsonSerializer.FromUtf8<GraphQLRequest>(bytes)
                : await GraphQLExecutor.JsonSerializer.ReadAsync<GraphQLRequest>(stream, request.HttpContext.RequestAborted);
            return json is null
                ? (null, GraphQLExecutor.Error(400, ErrorCodes.BadRequest, "The body must be a JSON object with a 'query'."))
                : (new GraphQLRequestBody(json.Query, json.Variables, json.OperationName, json.Extensions), null);
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
        // The whole answer is in memory: its length lets the server send it as is instead of in chunks.
        http.Response.ContentLength = response.Body.Length;
        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }
}
