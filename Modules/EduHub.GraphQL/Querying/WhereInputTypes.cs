using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.GraphQL.Schema;
using GraphQL.Types;

namespace EduHub.GraphQL.Querying;

/// <summary>
/// Builds <c>{Type}WhereInput</c>: Orchard Core's operators on the metadata and on every field of the
/// type's own part, scoped by part and field, plus <c>AND</c> / <c>OR</c> / <c>NOT</c>.
/// </summary>
internal static class WhereInputTypes
{
    public static InputObjectGraphType Build(ContentTypeDefinition type, ContentDefinitionSnapshot definitions)
    {
        var where = new InputObjectGraphType { Name = $"{type.Name}WhereInput", Description = $"Filters for {type.Name} items." };
        AddOperators(where, "contentItemId", typeof(IdGraphType), Operators.Equality, MetadataField.ContentItemId, null, null);
        AddOperators(where, "displayText", typeof(StringGraphType), Operators.Text, MetadataField.DisplayText, null, null);
        AddOperators(where, "owner", typeof(StringGraphType), Operators.Text, MetadataField.Owner, null, null);
        AddOperators(where, "author", typeof(StringGraphType), Operators.Text, MetadataField.Author, null, null);
        foreach (var (name, field) in new[] { ("createdUtc", MetadataField.CreatedUtc), ("modifiedUtc", MetadataField.ModifiedUtc), ("publishedUtc", MetadataField.PublishedUtc) })
        {
            AddOperators(where, name, typeof(DateTimeGraphType), Operators.Range, field, null, null);
        }

        if (type.ContentTypePartDefinitionRecords.Any(p => p.PartName == "AutoroutePart"))
        {
            where.AddField(Nested("autoroute", Metadata($"{type.Name}AutorouteWhereInput", "path", MetadataField.Path)));
        }

        if (type.ContentTypePartDefinitionRecords.Any(p => p.PartName == "LocalizationPart"))
        {
            where.AddField(Nested("localization", Metadata($"{type.Name}LocalizationWhereInput", "culture", MetadataField.Culture)));
        }

        foreach (var typePart in type.ContentTypePartDefinitionRecords.Where(p => definitions.GetPart(p.PartName)?.ContentPartFieldDefinitionRecords.Count > 0))
        {
            var part = new InputObjectGraphType { Name = $"{type.Name}{(typePart.Name == type.Name ? "Fields" : typePart.Name)}WhereInput" };
            foreach (var field in definitions.FieldsOf(type.Name).Where(f => f.PartName == typePart.Name))
            {
                AddFieldOperators(part, field);
            }

            if (part.Fields.Any())
            {
                where.AddField(Nested(GraphQLNames.PartField(typePart.Name), part));
            }
        }

        var list = new ListGraphType(new NonNullGraphType(where));
        where.AddField(new FieldType { Name = "AND", ResolvedType = list, Description = "All of these." });
        where.AddField(new FieldType { Name = "OR", ResolvedType = list, Description = "Any of these." });
        where.AddField(new FieldType { Name = "NOT", ResolvedType = list, Description = "None of these." });
        return where;
    }

    private static void AddFieldOperators(InputObjectGraphType part, TypeField field)
    {
        var name = GraphQLNames.Camel(field.FieldName);
        switch (field.Kind)
        {
            case FieldKind.TextField or FieldKind.MultiTextField or FieldKind.LinkField:
                AddOperators(part, name, typeof(StringGraphType), Operators.Text, null, field.PartName, field.FieldName);
                break;
            case FieldKind.NumericField:
                AddOperators(part, name, typeof(DecimalGraphType), Operators.Range, null, field.PartName, field.FieldName);
                break;
            case FieldKind.DateField:
                AddOperators(part, name, typeof(DateGraphType), Operators.Range, null, field.PartName, field.FieldName);
                break;
            case FieldKind.DateTimeField:
                AddOperators(part, name, typeof(DateTimeGraphType), Operators.Range, null, field.PartName, field.FieldName);
                break;
            case FieldKind.BooleanField:
                AddOperators(part, name, typeof(BooleanGraphType), Operators.Boolean, null, field.PartName, field.FieldName);
                break;
            case FieldKind.ContentPickerField or FieldKind.TaxonomyField:
                AddOperators(part, name, typeof(IdGraphType), Operators.Equality, null, field.PartName, field.FieldName);
                break;
            default:
                break;
        }
    }

    private static InputObjectGraphType Metadata(string typeName, string field, MetadataField metadata)
    {
        var input = new InputObjectGraphType { Name = typeName };
        AddOperators(input, field, typeof(StringGraphType), Operators.Text, metadata, null, null);
        return input;
    }

    private static FieldType Nested(string name, IInputObjectGraphType input) => new() { Name = name, ResolvedType = input };

    private static void AddOperators(InputObjectGraphType input, string name, Type scalar, (string Suffix, FilterOperator Operator)[] operators,
        MetadataField? metadata, string? partName, string? fieldName)
    {
        foreach (var (suffix, op) in operators)
        {
            var isList = op is FilterOperator.In or FilterOperator.NotIn;
            var field = new FieldType
            {
                Name = name + suffix,
                Type = isList ? typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(scalar)) : scalar,
            };
            field.Metadata[FilterTarget.Key] = new FilterTarget(metadata, partName, fieldName, op);
            input.AddField(field);
        }
    }
}
