using EduHub.Core.Contents;
using EduHub.GraphQL.Execution;
using GraphQL.Types;

namespace EduHub.GraphQL.Schema;

/// <summary>The metadata every content item exposes (Orchard Core's ContentItem interface).</summary>
internal static class CommonFields
{
    /// <summary>The fields answered from an item's index row alone (its document is not needed).</summary>
    private static readonly HashSet<string> IndexRowFields = new(StringComparer.Ordinal)
    {
        "contentItemId", "contentItemVersionId", "contentType", "displayText", "published", "latest",
        "modifiedUtc", "publishedUtc", "createdUtc", "owner", "author", "__typename",
    };

    /// <summary>True when the field's selection reads only index-row data: no part, no field, no fragment.</summary>
    public static bool SelectsOnlyIndexRow(GraphQLParser.AST.GraphQLField field) =>
        field.SelectionSet is { } set && set.Selections.All(s => s is GraphQLParser.AST.GraphQLField f && IndexRowFields.Contains(f.Name.StringValue));

    public static void AddTo(IComplexGraphType type)
    {
        Add(type, "contentItemId", typeof(NonNullGraphType<IdGraphType>), i => i.ContentItemId);
        Add(type, "contentItemVersionId", typeof(NonNullGraphType<IdGraphType>), i => i.ContentItemVersionId);
        Add(type, "contentType", typeof(NonNullGraphType<StringGraphType>), i => i.ContentType);
        Add(type, "displayText", typeof(StringGraphType), i => i.DisplayText);
        Add(type, "published", typeof(NonNullGraphType<BooleanGraphType>), i => i.Published);
        Add(type, "latest", typeof(NonNullGraphType<BooleanGraphType>), i => i.Latest);
        Add(type, "modifiedUtc", typeof(DateTimeGraphType), i => i.ModifiedUtc);
        Add(type, "publishedUtc", typeof(DateTimeGraphType), i => i.PublishedUtc);
        Add(type, "createdUtc", typeof(DateTimeGraphType), i => i.CreatedUtc);
        Add(type, "owner", typeof(StringGraphType), i => i.Owner);
        Add(type, "author", typeof(StringGraphType), i => i.Author);
    }

    // Interfaces declare fields without resolvers; the concrete object types resolve them.
    private static void Add(IComplexGraphType type, string name, Type graphType, Func<ContentItem, object?> read) =>
        type.AddField(new FieldType
        {
            Name = name,
            Type = graphType,
            Resolver = type is IInterfaceGraphType ? null : new DirectFieldResolver((source, _, _) => source is ContentItem item ? read(item) : null),
        });
}
