using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.GraphQL.Execution;
using GraphQL.Types;

namespace EduHub.GraphQL.Schema;

/// <summary>
/// One object type per content type: common fields, one field per part (named without "Part"), and the
/// fields of the part named like the type directly on the type (<c>platform { website { url } }</c>).
/// </summary>
internal static class ContentTypeObjectTypes
{
    public static ObjectGraphType Build(ContentTypeDefinition type, ContentDefinitionSnapshot definitions, ContentGraphTypes types)
    {
        var graphType = new ObjectGraphType
        {
            Name = type.Name,
            Description = type.TypeSettings.Description ?? type.DisplayName,
            IsTypeOf = source => source is ContentItem item && item.ContentType == type.Name,
        };
        CommonFields.AddTo(graphType);
        graphType.AddResolvedInterface(types.ContentItem);
        types.ContentItem.AddPossibleType(graphType);

        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var fields = definitions.GetPart(typePart.PartName)?.ContentPartFieldDefinitionRecords ?? [];
            if (typePart.Name == type.Name)
            {
                foreach (var field in fields)
                {
                    AddField(graphType, field, type.Name, types);
                }

                continue;
            }

            var partType = BuiltInPartTypes.For(typePart.PartName, types) ?? types.GetOrAdd(typePart.PartName, () => CustomPart(typePart.PartName, fields, types));
            var partName = typePart.Name;
            TryAdd(graphType, new FieldType
            {
                Name = GraphQLNames.PartField(typePart.Name),
                ResolvedType = partType,
                Resolver = new DirectFieldResolver((source, _, _) => source is ContentItem item ? new PartSource(item, partName) : null),
            });
        }

        return graphType;
    }

    private static ObjectGraphType CustomPart(string partName, IReadOnlyList<ContentPartFieldDefinition> fields, ContentGraphTypes types)
    {
        var graphType = new ObjectGraphType { Name = partName };
        foreach (var field in fields)
        {
            AddField(graphType, field, partName, types);
        }

        return graphType;
    }

    private static void AddField(ObjectGraphType graphType, ContentPartFieldDefinition definition, string ownPartName, ContentGraphTypes types)
    {
        var kind = Enum.TryParse<FieldKind>(definition.FieldName, out var k) ? k : FieldKind.Unknown;
        var (scalar, complex) = kind switch
        {
            FieldKind.TextField => (typeof(StringGraphType), null),
            FieldKind.NumericField => (typeof(DecimalGraphType), null),
            FieldKind.BooleanField => (typeof(BooleanGraphType), null),
            FieldKind.DateField => (typeof(DateGraphType), null),
            FieldKind.DateTimeField => (typeof(DateTimeGraphType), null),
            FieldKind.MultiTextField => (typeof(ListGraphType<NonNullGraphType<StringGraphType>>), null),
            FieldKind.Unknown => (null, null),
            _ => ((Type?)null, FieldObjectTypes.For(kind, types)),
        };
        if (scalar is null && complex is null)
        {
            return;
        }

        // The field as the last item had it: a part's field resolves for every item of a page, nearly always of one type.
        // Shared by the threads of every request; a race only means one more instance.
        TypeField? last = null;
        TryAdd(graphType, new FieldType
        {
            Name = GraphQLNames.Camel(definition.Name),
            Description = definition.PartFieldSettings.GetString("Hint") ?? definition.DisplayName,
            Type = scalar,
            ResolvedType = complex,
            Resolver = new DirectFieldResolver((source, user, _) =>
            {
                if (PartSource.Of(source, ownPartName) is not var (item, partName))
                {
                    return null;
                }

                var field = Volatile.Read(ref last);
                if (field is null || !string.Equals(field.ContentType, item.ContentType, StringComparison.Ordinal) || !string.Equals(field.PartName, partName, StringComparison.Ordinal))
                {
                    field = new TypeField(item.ContentType, partName, definition);
                    Volatile.Write(ref last, field);
                }

                var value = complex is null ? ScalarFieldValues.Read(item, field) : item.Read(partName)[definition.Name] is { IsObject: true } json ? new FieldSource(item, field, json) : null;
                if (value is null && definition.IsPrivate && user is not null && !user.Caller.Has(CorePermissions.ViewPrivateContactData))
                {
                    user.HiddenPrivateFields.Add($"{item.ContentType}.{GraphQLNames.Camel(definition.Name)}");
                }

                return value;
            }),
        });
    }

    private static void TryAdd(ObjectGraphType graphType, FieldType field)
    {
        // A field whose name is already taken (e.g. by the common metadata) is left out rather than breaking the schema.
        if (!graphType.HasField(field.Name))
        {
            graphType.AddField(field);
        }
    }
}
