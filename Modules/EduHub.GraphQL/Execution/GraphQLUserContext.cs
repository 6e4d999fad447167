using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.GraphQL.Loading;

namespace EduHub.GraphQL.Execution;

/// <summary>Per-request state shared by resolvers: who asks, which definitions, the batch loaders, and notes for <c>extensions</c>.</summary>
internal sealed class GraphQLUserContext : Dictionary<string, object?>
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

    /// <summary>Content types whose items this response contains (the cache invalidates by type).</summary>
    public HashSet<string> TypesRead { get; } = new(StringComparer.Ordinal);

    /// <summary>True once a resolver refused something for lack of permission (the HTTP status becomes 401/403).</summary>
    public bool Denied { get; set; }
}
