using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.GraphQL.Abstractions;
using EduHub.GraphQL.Loading;

namespace EduHub.GraphQL.Execution;

/// <summary>Per-request state shared by resolvers: who asks, which definitions, the batch loaders, and notes for <c>extensions</c>.</summary>
internal sealed class GraphQLUserContext : Dictionary<string, object?>, IGraphQLRequestState
{
    public GraphQLUserContext(ContentCaller caller, ContentDefinitionSnapshot definitions, ContentItemLoader loader, IReadOnlyList<string> defaultCultures)
    {
        Caller = caller;
        Definitions = definitions;
        Loader = loader;
        DefaultCultures = defaultCultures;
    }

    public ContentCaller Caller { get; }

    public ContentDefinitionSnapshot Definitions { get; }

    public ContentItemLoader Loader { get; }

    public IReadOnlyList<string> DefaultCultures { get; }

    /// <summary>Private fields that were hidden from this caller ("Mentor.email").</summary>
    public HashSet<string> HiddenPrivateFields { get; } = new(StringComparer.Ordinal);

    private readonly HashSet<string> _typesRead = new(StringComparer.Ordinal);

    /// <summary>Content types whose items this response contains (the cache invalidates by type).</summary>
    public IReadOnlyCollection<string> TypesRead
    {
        get
        {
            lock (_typesRead)
            {
                return [.. _typesRead];
            }
        }
    }

    /// <summary>Records that the answer depends on items of these types (resolvers may run in parallel).</summary>
    public void Read(params IEnumerable<string> contentTypes)
    {
        lock (_typesRead)
        {
            _typesRead.UnionWith(contentTypes);
        }
    }

    /// <summary>The fields of each selection set per object type, collected once per request (see <see cref="FastPathSerialStrategy"/>).</summary>
    internal Dictionary<(global::GraphQLParser.AST.GraphQLSelectionSet, global::GraphQL.Types.IGraphType), (global::GraphQLParser.AST.GraphQLField Field, global::GraphQL.Types.FieldType FieldType)[]> CollectedFields { get; } = [];

    private readonly Dictionary<string, IReadOnlyDictionary<string, ContentItem>> _terms = new(StringComparer.Ordinal);

    /// <summary>
    /// The terms of a taxonomy version, indexed once per request: a page of 20 schools asks the same taxonomy for
    /// its terms 20 times (it was half the cost of such a page). Per request only, so nothing can go stale.
    /// </summary>
    public IReadOnlyDictionary<string, ContentItem> TermsOf(ContentItem taxonomy)
    {
        lock (_terms)
        {
            if (!_terms.TryGetValue(taxonomy.ContentItemVersionId, out var terms))
            {
                _terms[taxonomy.ContentItemVersionId] = terms = Schema.TaxonomyTerms.Index(taxonomy);
            }

            return terms;
        }
    }

    /// <summary>True once a resolver refused something for lack of permission (the HTTP status becomes 401/403).</summary>
    public bool Denied { get; set; }

    /// <summary>True once an argument turned out invalid during execution (bad cursor): the HTTP status becomes 400.</summary>
    public bool BadRequest { get; set; }

    /// <summary>False when the answer depends on something the cache cannot track (e.g. an id that was not found).</summary>
    public bool Cacheable { get; set; } = true;
}
