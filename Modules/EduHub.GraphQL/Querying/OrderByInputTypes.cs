using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.GraphQL.Schema;
using GraphQL.Types;

namespace EduHub.GraphQL.Querying;

/// <summary>
/// Builds <c>{Type}OrderByInput</c>: metadata plus every single-valued field (Orchard Core cannot sort by
/// fields). Keys are applied in the order written: <c>orderBy: { school: { pupils: DESC }, displayText: ASC }</c>.
/// </summary>
internal static class OrderByInputTypes
{
    public const string Key = "eduhub:sort";

    public static InputObjectGraphType Build(ContentTypeDefinition type, ContentDefinitionSnapshot definitions, ContentGraphTypes types)
    {
        var orderBy = new InputObjectGraphType { Name = $"{type.Name}OrderByInput" };
        foreach (var (name, field) in new[] { ("displayText", MetadataField.DisplayText), ("createdUtc", MetadataField.CreatedUtc), ("modifiedUtc", MetadataField.ModifiedUtc), ("publishedUtc", MetadataField.PublishedUtc), ("contentItemId", MetadataField.ContentItemId) })
        {
            orderBy.AddField(Direction(name, types, new ContentSort(field, null, null)));
        }

        foreach (var group in definitions.FieldsOf(type.Name).Where(f => f.IsSingleScalar).GroupBy(f => f.PartName))
        {
            var part = new InputObjectGraphType { Name = $"{type.Name}{(group.Key == type.Name ? "Fields" : group.Key)}OrderByInput" };
            foreach (var field in group)
            {
                part.AddField(Direction(GraphQLNames.Camel(field.FieldName), types, ContentSort.ByField(field.PartName, field.FieldName)));
            }

            orderBy.AddField(new FieldType { Name = GraphQLNames.PartField(group.Key), ResolvedType = part });
        }

        return orderBy;
    }

    public static IReadOnlyList<ContentSort> Translate(IDictionary<string, object?>? orderBy, IInputObjectGraphType type)
    {
        var sorts = new List<ContentSort>();
        foreach (var (key, value) in orderBy ?? new Dictionary<string, object?>())
        {
            var field = type.GetField(key);
            if (field?.Metadata.GetValueOrDefault(Key) is ContentSort sort && value is bool descending)
            {
                sorts.Add(sort with { Descending = descending });
            }
            else if (field?.ResolvedType is IInputObjectGraphType nested)
            {
                sorts.AddRange(Translate(value as IDictionary<string, object?>, nested));
            }
        }

        return sorts;
    }

    private static FieldType Direction(string name, ContentGraphTypes types, ContentSort sort)
    {
        var field = new FieldType { Name = name, ResolvedType = types.Direction };
        field.Metadata[Key] = sort;
        return field;
    }
}
