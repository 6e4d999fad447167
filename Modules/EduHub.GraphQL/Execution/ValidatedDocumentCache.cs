using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace EduHub.GraphQL.Execution;

/// <summary>
/// Apps send the same few queries over and over: each query text is parsed once, and each parsed document is
/// validated once per schema and operation when the request has no variables (with variables, validation also
/// coerces them, so it runs every time). Parsing and validating were about a sixth of an uncached list query.
/// The results are immutable ASTs and validation results that execution only reads.
/// </summary>
public sealed class ValidatedDocumentCache : IDocumentValidator, IDisposable
{
    private readonly DocumentValidator _validator = new();
    private readonly MemoryCache _documents;
    private readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<(object, string?), IValidationResult>> _validated = [];

    public ValidatedDocumentCache(int capacity) =>
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(capacity, 0) });

    /// <exception cref="GraphQLParser.Exceptions.GraphQLSyntaxErrorException">The query does not parse (never cached).</exception>
    public GraphQLDocument Parse(string query)
    {
        if (_documents.TryGetValue(query, out GraphQLDocument? cached))
        {
            return cached!;
        }

        var document = GraphQLParser.Parser.Parse(query);
        _documents.Set(query, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return document;
    }

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var cacheable = options.Variables.Count == 0 && options.Extensions.Count == 0;
        var key = ((object)options.Schema, options.Operation.Name?.StringValue);
        var byKey = cacheable ? _validated.GetOrCreateValue(options.Document) : null;
        if (byKey is not null && byKey.TryGetValue(key, out var known))
        {
            return Task.FromResult(known);
        }

        var validation = _validator.ValidateAsync(options);
        return byKey is null ? validation : RememberAsync(validation, byKey, key);
    }

    private static async Task<IValidationResult> RememberAsync(Task<IValidationResult> validation, ConcurrentDictionary<(object, string?), IValidationResult> byKey, (object, string?) key)
    {
        var result = await validation;
        if (result.IsValid)
        {
            byKey.TryAdd(key, result);
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();
}
