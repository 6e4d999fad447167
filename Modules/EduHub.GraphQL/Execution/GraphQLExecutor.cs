using System.Security.Cryptography;
using System.Text;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Data;
using EduHub.Core.Data.Queries;
using EduHub.Core.Security;
using EduHub.GraphQL.Loading;
using EduHub.GraphQL.Schema;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EduHub.GraphQL.Execution;

/// <summary>
/// Runs one GraphQL request: persisted-query lookup, limits checked before execution, the anonymous
/// response cache, execution with batch loaders, then the HTTP status (200, 400, 401/403).
/// </summary>
public sealed class GraphQLExecutor(
    ContentSchemaFactory schemas,
    ValidatedDocumentCache documents,
    PersistedQueryStore persistedQueries,
    ContentTypeGenerations generations,
    PickedRowCache pickedRows,
    IOptions<GraphQLOptions> options,
    CultureSettings cultures) : IDisposable
{
    private static readonly ResponseSerializer Serializer = new();
    private readonly MemoryCache _responses = new(new MemoryCacheOptions { SizeLimit = options.Value.ResponseCacheEntries });

    // The expiry is a safety net only: generations already invalidate on every publish, here or on another node.
    private static readonly MemoryCacheEntryOptions CacheEntry = new() { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) };
    // Queries run serially: their database reads share one connection (one at a time anyway) and the parallel
    // strategy's per-field tasks cost more than they overlap. Batch loaders work the same with both.
    private readonly DocumentExecuter _executer = new(
        new GraphQLDocumentBuilder(),
        documents,
        new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(FastPathSerialStrategy.Instance, OperationType.Query)]),
        []);

    internal static ResponseSerializer JsonSerializer => Serializer;

    /// <summary>
    /// The cached answer to exactly these request bytes (a GET's query string, or a POST's media type and body), when
    /// the caller is anonymous and the answer is still current: no JSON, GraphQL parsing or serialization at all.
    /// Also returns the key to store the answer under after executing (null when the request may not be cached).
    /// </summary>
    internal async Task<(GraphQLResponse? Cached, string? RawKey)> FindCachedAsync(HttpContext http, string rawRequest)
    {
        if (options.Value.ResponseCacheEntries <= 0)
        {
            return (null, null);
        }

        var caller = await http.RequestServices.GetRequiredService<ContentCallerAccessor>().GetAsync(http.RequestAborted);
        if (caller.IsAuthenticated)
        {
            return (null, null);
        }

        var (definitions, _) = await schemas.GetAsync(http.RequestAborted);
        var (defaultCulture, _) = await cultures.GetAsync(http.RequestAborted);
        var key = string.Concat("raw\n", definitions.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), "\n", defaultCulture, "\n", rawRequest);
        return _responses.TryGetValue(key, out CachedResponse? cached) && generations.IsCurrent(cached!.Generations)
            ? (new GraphQLResponse(200, cached.Body, cached.ETag), key)
            : (null, key);
    }

    internal async Task<GraphQLResponse> ExecuteAsync(HttpContext http, GraphQLRequestBody request, string? rawKey = null)
    {
        var limits = options.Value;
        var query = request.Query;
        if (request.PersistedQueryHash is { } hash)
        {
            if (string.IsNullOrEmpty(query))
            {
                query = persistedQueries.Find(hash);
                if (query is null)
                {
                    return Error(400, ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound: send the query text with its hash once.");
                }
            }
            else if (!string.Equals(PersistedQueryStore.Hash(query), hash, StringComparison.OrdinalIgnoreCase))
            {
                return Error(400, ErrorCodes.PersistedQueryMismatch, "The query does not match its sha256Hash.");
            }
            else
            {
                persistedQueries.Remember(hash, query);
            }
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return Error(400, ErrorCodes.BadRequest, "A 'query' is required.");
        }

        if (query.Length > limits.MaxQueryLength)
        {
            return Error(400, ErrorCodes.QueryTooLong, $"The query has {query.Length} characters; at most {limits.MaxQueryLength} are allowed.");
        }

        GraphQLDocument document;
        try
        {
            document = documents.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException e)
        {
            return Error(400, ErrorCodes.ParseFailed, $"Syntax error: {e.Description} (line {e.Location.Line}, column {e.Location.Column}).");
        }

        var isQuery = IsQueryOperation(document, request.OperationName);
        if (HttpMethods.IsGet(http.Request.Method) && !isQuery)
        {
            // A GET must never change anything: links, prefetchers and cross-site pages send GETs with the user's credentials.
            return Error(405, ErrorCodes.BadRequest, "Mutations must be sent with POST.");
        }

        var callers = http.RequestServices.GetRequiredService<ContentCallerAccessor>();
        var caller = await callers.GetAsync(http.RequestAborted);
        var (definitions, schema) = await schemas.GetAsync(http.RequestAborted);
        var (defaultCulture, _) = await cultures.GetAsync(http.RequestAborted);
        // No key at all with the cache turned off: hashing the query and its variables would be wasted on every request.
        var cacheKey = limits.ResponseCacheEntries > 0 && !caller.IsAuthenticated && isQuery
            ? CacheKey(query, request, definitions.Version, defaultCulture)
            : null;
        if (cacheKey is not null && _responses.TryGetValue(cacheKey, out CachedResponse? cached) && generations.IsCurrent(cached!.Generations))
        {
            if (rawKey is not null)
            {
                _responses.Set(rawKey, cached, CacheEntry);
            }

            return new GraphQLResponse(200, cached.Body, cached.ETag);
        }

        using var loader = new ContentItemLoader(
            http.RequestServices.GetRequiredService<ContentQueryService>(),
            caller.IsAuthenticated ? null : pickedRows,
            definitions.Types.Select(t => t.Name).ToList(),
            item => definitions.GetType(item.ContentType) is { } type && caller.May(ContentVerb.View, type, item.Owner));
        var user = new GraphQLUserContext(caller, definitions, loader, [defaultCulture]);
        var result = isQuery
            ? await http.RequestServices.GetRequiredService<DbSessionScope>().SharedReadAsync(() => Execute(), http.RequestAborted)
            : await Execute();
        Task<ExecutionResult> Execute() => _executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = query;
            o.Document = document;
            o.Variables = request.Variables;
            o.OperationName = request.OperationName;
            o.UserContext = user;
            o.User = http.User;
            o.RequestServices = http.RequestServices;
            o.CancellationToken = http.RequestAborted;
            o.Timeout = limits.ExecutionTimeout;
            o.ValidationRules = ValidationRules(limits, document, request.OperationName);
        });

        if (user.HiddenPrivateFields.Count > 0)
        {
            result.Extensions ??= [];
            result.Extensions["privateFields"] = new Dictionary<string, object?>
            {
                ["hidden"] = user.HiddenPrivateFields.Order(StringComparer.Ordinal).ToList(),
                ["reason"] = "Contact data of people is shown only to editors, administrators and staff of the schools a mentor serves.",
            };
        }

        ErrorClassifier.Classify(result);
        var status = ErrorClassifier.Status(result, user);
        // Straight to UTF-8: a string first would hold the whole answer twice more (UTF-16, then the bytes).
        var body = Serializer.ToUtf8Bytes(result);
        var etag = ETagOf(body);
        if (cacheKey is not null && status == 200 && result.Errors is null or { Count: 0 } && user.Cacheable && user.TypesRead.Count > 0)
        {
            var entry = new CachedResponse(body, etag, generations.Snapshot(user.TypesRead));
            _responses.Set(cacheKey, entry, CacheEntry);
            if (rawKey is not null)
            {
                // Also under the request's own bytes, so that the next identical request skips parsing altogether.
                _responses.Set(rawKey, entry, CacheEntry);
            }
        }

        return new GraphQLResponse(status, body, etag);
    }

    public void Dispose() => _responses.Dispose();

    internal static GraphQLResponse Error(int status, string code, string message)
    {
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        var body = Serializer.ToUtf8Bytes(result);
        return new GraphQLResponse(status, body, ETagOf(body));
    }

    /// <summary>
    /// An iterator on purpose: a document is validated once (see <see cref="ValidatedDocumentCache"/>), so on most
    /// requests nothing enumerates the rules, and nothing here is built.
    /// </summary>
    private static IEnumerable<IValidationRule> ValidationRules(GraphQLOptions limits, GraphQLDocument document, string? operationName)
    {
        foreach (var rule in DocumentValidator.CoreRules)
        {
            yield return rule;
        }

        yield return new PageSizeValidationRule(limits.MaxPageSize);

        // Introspection reads the in-memory schema only (never content), so it gets its own, still bounded, limits.
        yield return new ComplexityValidationRule(IntrospectionOperation.IsIntrospectionOnly(document, operationName)
            ? new ComplexityOptions { MaxDepth = limits.IntrospectionMaxDepth, MaxComplexity = limits.IntrospectionMaxComplexity }
            : new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity });
        if (!limits.Introspection)
        {
            yield return NoIntrospectionValidationRule.Instance;
        }
    }

    private static bool IsQueryOperation(GraphQLDocument document, string? operationName) =>
        document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(o => operationName is null || o.Name?.StringValue == operationName)
            .All(o => o.Operation == OperationType.Query);

    private static string CacheKey(string query, GraphQLRequestBody request, long definitionsVersion, string defaultCulture) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{definitionsVersion}\n{defaultCulture}\n{request.OperationName}\n{Serializer.Serialize(request.Variables)}\n{query}")));

    // A validator only: nothing is trusted because of it, and a 128-bit XxHash costs a fraction of SHA-256 on every uncached answer.
    private static string ETagOf(byte[] body) => $"\"{Convert.ToHexString(System.IO.Hashing.XxHash128.Hash(body))}\"";
}
