using EduHub.Core.Metadata;
using GraphQL.Types;

namespace EduHub.GraphQL.Schema;

/// <summary>
/// <c>{Type}Input</c> for mutations: the built-in parts' values (title, path, culture, html, ...) and the type's
/// own fields flat, other named parts nested. Pickers and taxonomy fields take item ids.
/// </summary>
internal static class ContentInputTypes
{
    public static InputObjectGraphType Build(ContentTypeDefinition type, ContentDefinitionSnapshot definitions, ContentGraphTypes types)
    {
        var input = new InputObjectGraphType { Name = $"{type.Name}Input" };
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            switch (typePart.PartName)
            {
                case "TitlePart":
                    input.AddField(new FieldType { Name = "title", Type = typeof(StringGraphType) });
                    break;
                case "AutoroutePart":
                    input.AddField(new FieldType { Name = "path", Type = typeof(StringGraphType), Description = "Leave empty to generate it from the title." });
                    break;
                case "LocalizationPart":
                    input.AddField(new FieldType { Name = "culture", Type = typeof(StringGraphType) });
                    input.AddField(new FieldType { Name = "localizationSet", Type = typeof(StringGraphType), Description = "The set of the item this one translates." });
                    break;
                case "HtmlBodyPart":
                    input.AddField(new FieldType { Name = "html", Type = typeof(StringGraphType) });
                    break;
                case "PublishLaterPart":
                    input.AddField(new FieldType { Name = "scheduledPublishUtc", Type = typeof(DateTimeGraphType) });
                    break;
                case "AliasPart":
                    input.AddField(new FieldType { Name = "alias", Type = typeof(StringGraphType) });
                    break;
                default:
                    AddPartFields(input, type, typePart, definitions, types);
                    break;
            }
        }

        return input;
    }

    private static void AddPartFields(InputObjectGraphType input, ContentTypeDefinition type, ContentTypePartDefinition typePart, ContentDefinitionSnapshot definitions, ContentGraphTypes types)
    {
        var fields = definitions.GetPart(typePart.PartName)?.ContentPartFieldDefinitionRecords ?? [];
        var target = input;
        if (typePart.Name != type.Name)
        {
            if (fields.Count == 0)
            {
                return;
            }

            target = types.GetOrAdd($"{typePart.PartName}Input", () => new InputObjectGraphType { Name = $"{typePart.PartName}Input" });
            input.AddField(new FieldType { Name = GraphQLNames.PartField(typePart.Name), ResolvedType = target });
            if (target.Fields.Any())
            {
                return;
            }
        }

        foreach (var field in fields)
        {
            var kind = Enum.TryParse<FieldKind>(field.FieldName, out var k) ? k : FieldKind.Unknown;
            var fieldType = new FieldType { Name = GraphQLNames.Camel(field.Name), Description = field.PartFieldSettings.GetString("Hint") };
            if (kind == FieldKind.LinkField)
            {
                fieldType.ResolvedType = types.GetOrAdd("LinkFieldInput", LinkInput);
            }
            else if (InputScalar(kind) is { } scalar)
            {
                fieldType.Type = scalar;
            }
            else
            {
                continue;
            }

            target.AddField(fieldType);
        }
    }

    private static Type? InputScalar(FieldKind kind) => kind switch
    {
        FieldKind.TextField or FieldKind.HtmlField or FieldKind.MarkdownField => typeof(StringGraphType),
        FieldKind.NumericField => typeof(DecimalGraphType),
        FieldKind.BooleanField => typeof(BooleanGraphType),
        FieldKind.DateField => typeof(DateGraphType),
        FieldKind.DateTimeField => typeof(DateTimeGraphType),
        FieldKind.ContentPickerField or FieldKind.TaxonomyField or FieldKind.MultiTextField or FieldKind.MediaField => typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
        _ => null,
    };

    private static InputObjectGraphType LinkInput()
    {
        var link = new InputObjectGraphType { Name = "LinkFieldInput" };
        link.AddField(new FieldType { Name = "url", Type = typeof(NonNullGraphType<StringGraphType>) });
        link.AddField(new FieldType { Name = "text", Type = typeof(StringGraphType) });
        link.AddField(new FieldType { Name = "target", Type = typeof(StringGraphType) });
        return link;
    }
}
