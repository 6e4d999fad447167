using EduHub.Core.Metadata;
using GraphQL.Types;

namespace EduHub.GraphQL.Abstractions;

/// <summary>The schema being built, as a contributor sees it.</summary>
public sealed class GraphQLSchemaContext(
    ContentDefinitionSnapshot definitions,
    ObjectGraphType query,
    ObjectGraphType mutation,
    IInterfaceGraphType contentItem,
    IReadOnlyDictionary<string, IObjectGraphType> contentTypes,
    Func<string, Func<IGraphType>, IGraphType> getOrAdd)
{
    /// <summary>The definitions this schema is generated from.</summary>
    public ContentDefinitionSnapshot Definitions { get; } = definitions;

    public ObjectGraphType Query { get; } = query;

    public ObjectGraphType Mutation { get; } = mutation;

    /// <summary>The <c>ContentItem</c> interface every content type implements.</summary>
    public IInterfaceGraphType ContentItem { get; } = contentItem;

    /// <summary>The object type of a content type by its name (<c>Platform</c>), or null.</summary>
    public IObjectGraphType? ContentType(string name) => contentTypes.GetValueOrDefault(name);

    /// <summary>One instance per type name in a schema: use it for types two contributors might both define.</summary>
    public T GetOrAdd<T>(string name, Func<T> create) where T : IGraphType => (T)getOrAdd(name, () => create());
}
