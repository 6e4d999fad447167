using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.GraphQL.Execution;
using EduHub.GraphQL.Loading;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.GraphQL.Schema;

/// <summary>
/// For every picker field A.F that may point at type B, B gets a field <c>{a}By{F}</c> listing the published
/// A items that pick it: <c>partnerOrganization { platformByProvider { ... } }</c>,
/// <c>mentor { schoolByMentors { ... } }</c>, <c>school { mentorByHomeSchool { ... } }</c>.
/// </summary>
internal static class ReverseRelations
{
    public static void Add(ContentDefinitionSnapshot definitions, ContentGraphTypes types)
    {
        foreach (var source in definitions.Types.Where(t => t.TypeSettings.Stereotype is null && types.ObjectTypes.ContainsKey(t.Name)))
        {
            foreach (var picker in definitions.FieldsOf(source.Name).Where(f => f.Kind == FieldKind.ContentPickerField))
            {
                foreach (var target in picker.Definition.FieldSettings.GetStrings("DisplayedContentTypes"))
                {
                    if (types.ObjectTypes.GetValueOrDefault(target) is ObjectGraphType targetType)
                    {
                        AddField(targetType, source.Name, picker, types);
                    }
                }
            }
        }
    }

    private static void AddField(ObjectGraphType target, string sourceType, TypeField picker, ContentGraphTypes types)
    {
        var name = $"{GraphQLNames.Camel(sourceType)}By{picker.FieldName}";
        if (target.HasField(name))
        {
            return;
        }

        var key = $"reverse:{sourceType}:{picker.PartName}:{picker.FieldName}";
        target.AddField(new FieldType
        {
            Name = name,
            Description = $"Published {sourceType} items whose {picker.FieldName} picks this item.",
            ResolvedType = new ListGraphType(new NonNullGraphType(types.ObjectTypes[sourceType])),
            Resolver = new FuncFieldResolver<object?>(ctx =>
            {
                var user = (GraphQLUserContext)ctx.UserContext;
                user.Read(sourceType);
                if (user.GetValueOrDefault(key) is not ReferencingItemsLoader loader)
                {
                    loader = new ReferencingItemsLoader(ctx.RequestServices!.GetRequiredService<ContentQueryService>(), sourceType, picker.PartName, picker.FieldName);
                    user[key] = loader;
                }

                return loader.Load(((ContentItem)ctx.Source!).ContentItemId);
            }),
        });
    }
}
