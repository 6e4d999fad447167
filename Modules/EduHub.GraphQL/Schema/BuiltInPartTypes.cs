using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.GraphQL.Execution;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.GraphQL.Schema;

/// <summary>Object types of the built-in parts: <c>title { title }</c>, <c>autoroute { path }</c>, <c>localization { ... }</c>, ...</summary>
internal static class BuiltInPartTypes
{
    public static IGraphType? For(string partName, ContentGraphTypes types) => partName switch
    {
        "TitlePart" => types.GetOrAdd(partName, () => Strings(partName, ("title", "Title"))),
        "AutoroutePart" => types.GetOrAdd(partName, () => Strings(partName, ("path", "Path"))),
        "HtmlBodyPart" => types.GetOrAdd(partName, () => Strings(partName, ("html", "Html"))),
        "AliasPart" => types.GetOrAdd(partName, () => Strings(partName, ("alias", "Alias"))),
        "PublishLaterPart" => types.GetOrAdd(partName, () => Strings(partName, ("scheduledPublishUtc", "ScheduledPublishUtc"))),
        "LocalizationPart" => types.GetOrAdd(partName, () => Localization(types)),
        "TaxonomyPart" => types.GetOrAdd(partName, () => Taxonomy(types)),
        _ => null,
    };

    private static ObjectGraphType Strings(string name, params (string Field, string Property)[] fields)
    {
        var type = new ObjectGraphType { Name = name };
        foreach (var (field, property) in fields)
        {
            type.AddField(new FieldType
            {
                Name = field,
                Type = typeof(StringGraphType),
                Resolver = new DirectFieldResolver((source, _, _) => ((PartSource)source!).Json.GetString(property)),
            });
        }

        return type;
    }

    private static ObjectGraphType Localization(ContentGraphTypes types)
    {
        var type = Strings("LocalizationPart", ("culture", "Culture"), ("localizationSet", "LocalizationSet"));
        type.AddField(new FieldType
        {
            Name = "localizations",
            Description = "The published translations of this item (optionally only one culture).",
            Arguments = new QueryArguments(new QueryArgument<StringGraphType> { Name = "culture" }),
            ResolvedType = new ListGraphType(new NonNullGraphType(types.ContentItem)),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                var part = (PartSource)ctx.Source!;
                if (part.Json.GetString("LocalizationSet") is not { } set)
                {
                    return Array.Empty<ContentItem>();
                }

                var culture = ctx.GetArgument<string?>("culture");
                ContentFilter filter = new MetadataFilter(MetadataField.LocalizationSet, FilterOperator.Equals, set);
                if (culture is not null)
                {
                    filter = ContentFilter.And(filter, new MetadataFilter(MetadataField.Culture, FilterOperator.Equals, culture));
                }

                ((Execution.GraphQLUserContext)ctx.UserContext).Read(part.Item.ContentType);
                var queries = ctx.RequestServices!.GetRequiredService<ContentQueryService>();
                return (await queries.QueryAsync(new ContentQuery { ContentTypes = [part.Item.ContentType], Where = filter, Take = 50 }, ctx.CancellationToken)).Items;
            }),
        });
        return type;
    }

    private static ObjectGraphType Taxonomy(ContentGraphTypes types)
    {
        var type = Strings("TaxonomyPart", ("termContentType", "TermContentType"));
        type.AddField(new FieldType
        {
            Name = "terms",
            Description = "Every term of the taxonomy, nested ones included.",
            ResolvedType = new ListGraphType(new NonNullGraphType(types.ContentItem)),
            Resolver = new DirectFieldResolver((source, _, _) => TaxonomyTerms.All(((PartSource)source!).Item)),
        });
        return type;
    }
}
