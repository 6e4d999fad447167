using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.GraphQL.Abstractions;
using EduHub.GraphQL.Execution;
using EduHub.GraphQL.Querying;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.GraphQL.Schema;

/// <summary>
/// Builds the whole schema from one version of the content definitions: a root list field per type
/// without a stereotype (<c>platform</c>, <c>school</c>, ...), a connection beside it, <c>contentItem</c>, mutations.
/// </summary>
internal static class ContentSchemaBuilder
{
    public static ISchema Build(ContentDefinitionSnapshot definitions, GraphQLOptions options, IReadOnlyList<IGraphQLSchemaContributor>? contributors = null)
    {
        var types = new ContentGraphTypes();
        foreach (var type in definitions.Types)
        {
            types.ObjectTypes[type.Name] = ContentTypeObjectTypes.Build(type, definitions, types);
        }

        ReverseRelations.Add(definitions, types);
        var query = new ObjectGraphType { Name = "Query" };
        query.AddField(ContentItemField(types));
        foreach (var type in definitions.Types.Where(t => t.TypeSettings.Stereotype is null).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            AddRootFields(query, type, definitions, types, options);
        }

        var mutation = MutationFields.Build(definitions, types);
        var context = new GraphQLSchemaContext(definitions, query, mutation, types.ContentItem, types.ObjectTypes, types.GetOrAdd);
        foreach (var contributor in contributors ?? [])
        {
            contributor.Contribute(context);
        }

        var schema = new global::GraphQL.Types.Schema { Query = query, Mutation = mutation };

        // Names are Orchard Core's already (camelCase fields, AND/OR/NOT): no conversion.
        schema.NameConverter = global::GraphQL.Conversion.DefaultNameConverter.Instance;
        foreach (var objectType in types.ObjectTypes.Values)
        {
            schema.RegisterType(objectType);
        }

        schema.Initialize();
        return schema;
    }

    private static void AddRootFields(ObjectGraphType query, ContentTypeDefinition type, ContentDefinitionSnapshot definitions, ContentGraphTypes types, GraphQLOptions options)
    {
        var node = types.ObjectTypes[type.Name];
        var where = WhereInputTypes.Build(type, definitions);
        var orderBy = OrderByInputTypes.Build(type, definitions, types);
        var reader = new QueryArgumentsReader(type.Name, where, orderBy, options);
        var name = GraphQLNames.Camel(type.Name);
        query.AddField(new FieldType
        {
            Name = name,
            Description = $"{type.DisplayName ?? type.Name} items (published unless status says otherwise).",
            ResolvedType = new ListGraphType(new NonNullGraphType(node)),
            Arguments = QueryArgumentsReader.ListArguments(where, orderBy, types, connection: false),
            // Orchard-style lists have no cursors: the rows' sort keys need not be read.
            Resolver = new FuncFieldResolver<object?>(async ctx => (await RunAsync(ctx, reader.Read(ctx) with { IncludeCursors = false }, type.Name)).Items),
        });
        query.AddField(new FieldType
        {
            Name = name + "Connection",
            Description = $"{type.DisplayName ?? type.Name} items as a connection with totalCount and keyset cursors.",
            ResolvedType = new NonNullGraphType(ConnectionTypes.Build(node, types)),
            Arguments = QueryArgumentsReader.ListArguments(where, orderBy, types, connection: true),
            Resolver = new FuncFieldResolver<object?>(async ctx => await RunAsync(ctx, reader.Read(ctx, includeTotal: ctx.SubFields?.ContainsKey("totalCount") == true), type.Name)),
        });
    }

    private static async Task<ContentPage> RunAsync(IResolveFieldContext ctx, ContentQuery query, string contentType)
    {
        ((GraphQLUserContext)ctx.UserContext).Read(contentType);
        try
        {
            return await ctx.RequestServices!.GetRequiredService<ContentQueryService>().QueryAsync(query, ctx.CancellationToken);
        }
        catch (ContentQueryException e)
        {
            ((GraphQLUserContext)ctx.UserContext).BadRequest = true;
            throw new ExecutionError(e.Message) { Code = ErrorCodes.BadQuery };
        }
    }

    private static FieldType ContentItemField(ContentGraphTypes types) => new()
    {
        Name = "contentItem",
        Description = "One item by id (published unless status says otherwise); null when it does not exist or you may not see it.",
        ResolvedType = types.ContentItem,
        Arguments = new QueryArguments(
            new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "contentItemId" },
            new QueryArgument(types.Status) { Name = "status", DefaultValue = ContentStatus.Published }),
        Resolver = new FuncFieldResolver<object?>(async ctx =>
        {
            var options = ctx.GetArgument("status", ContentStatus.Published) switch
            {
                ContentStatus.Published => VersionOptions.Published,
                ContentStatus.Draft => VersionOptions.Draft,
                _ => VersionOptions.Latest,
            };
            var item = await ctx.RequestServices!.GetRequiredService<ContentManager>().GetAsync(ctx.GetArgument<string>("contentItemId"), options, ctx.CancellationToken);
            var user = (GraphQLUserContext)ctx.UserContext;
            if (item is not null)
            {
                user.Read(item.ContentType);
            }
            else
            {
                // Which type a missing id will have once it is published is unknown: do not cache the null.
                user.Cacheable = false;
            }

            return item;
        }),
    };
}
