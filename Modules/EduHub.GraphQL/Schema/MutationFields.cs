using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.GraphQL.Execution;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.GraphQL.Schema;

/// <summary>
/// Mutations go through the content manager like every other entry point: same validation (per-field
/// errors in <c>extensions.fields</c>), permissions, handlers and the stale-version conflict rule.
/// </summary>
internal static class MutationFields
{
    public static ObjectGraphType Build(ContentDefinitionSnapshot definitions, ContentGraphTypes types)
    {
        var mutation = new ObjectGraphType { Name = "Mutation" };
        foreach (var type in definitions.Types.Where(t => t.TypeSettings.Stereotype is null).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var input = ContentInputTypes.Build(type, definitions, types);
            var node = types.ObjectTypes[type.Name];
            var typeName = type.Name;
            mutation.AddField(new FieldType
            {
                Name = $"create{type.Name}",
                ResolvedType = node,
                Arguments = new QueryArguments(
                    new QueryArgument(new NonNullGraphType(input)) { Name = "input" },
                    new QueryArgument<BooleanGraphType> { Name = "publish", DefaultValue = false }),
                Resolver = new FuncFieldResolver<object?>(async ctx =>
                {
                    var manager = ctx.RequestServices!.GetRequiredService<ContentManager>();
                    var item = await manager.NewAsync(typeName, ctx.CancellationToken) ?? throw new ExecutionError($"'{typeName}' is not a content type.") { Code = ErrorCodes.BadQuery };
                    ContentInputWriter.Apply(item, ctx.GetArgument<Dictionary<string, object?>>("input"), ((GraphQLUserContext)ctx.UserContext).Definitions);
                    return Unwrap(ctx, await manager.CreateAsync(item, ctx.GetArgument("publish", false), ctx.CancellationToken));
                }),
            });
            mutation.AddField(new FieldType
            {
                Name = $"update{type.Name}",
                Description = "Fields absent from the input keep their value. Pass the contentItemVersionId you read as expectedVersionId to be told (CONFLICT) when someone saved meanwhile.",
                ResolvedType = node,
                Arguments = new QueryArguments(
                    new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "contentItemId" },
                    new QueryArgument(new NonNullGraphType(input)) { Name = "input" },
                    new QueryArgument<StringGraphType> { Name = "expectedVersionId" },
                    new QueryArgument<BooleanGraphType> { Name = "publish", DefaultValue = false }),
                Resolver = new FuncFieldResolver<object?>(async ctx =>
                {
                    var manager = ctx.RequestServices!.GetRequiredService<ContentManager>();
                    var id = ctx.GetArgument<string>("contentItemId");
                    var item = await manager.GetAsync(id, VersionOptions.Latest, ctx.CancellationToken);
                    if (item is null || item.ContentType != typeName)
                    {
                        return Unwrap(ctx, ContentResult.NotFound(id));
                    }

                    ContentInputWriter.Apply(item, ctx.GetArgument<Dictionary<string, object?>>("input"), ((GraphQLUserContext)ctx.UserContext).Definitions);
                    var options = new ContentSaveOptions(ctx.GetArgument("publish", false), ctx.GetArgument<string?>("expectedVersionId") ?? item.ContentItemVersionId);
                    return Unwrap(ctx, await manager.UpdateAsync(item, options, ctx.CancellationToken));
                }),
            });
        }

        mutation.AddField(Lifecycle("publishContentItem", types, (m, id, ct) => m.PublishAsync(id, ct)));
        mutation.AddField(Lifecycle("unpublishContentItem", types, (m, id, ct) => m.UnpublishAsync(id, ct)));
        mutation.AddField(Lifecycle("deleteContentItem", types, (m, id, ct) => m.RemoveAsync(id, ct)));
        return mutation;
    }

    private static FieldType Lifecycle(string name, ContentGraphTypes types, Func<ContentManager, string, CancellationToken, Task<ContentResult>> action) => new()
    {
        Name = name,
        ResolvedType = types.ContentItem,
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "contentItemId" }),
        Resolver = new FuncFieldResolver<object?>(async ctx =>
            Unwrap(ctx, await action(ctx.RequestServices!.GetRequiredService<ContentManager>(), ctx.GetArgument<string>("contentItemId"), ctx.CancellationToken))),
    };

    private static ContentItem Unwrap(IResolveFieldContext ctx, ContentResult result)
    {
        if (result.Succeeded)
        {
            return result.Item!;
        }

        var user = (GraphQLUserContext)ctx.UserContext;
        var code = result.Status switch
        {
            ContentResultStatus.Invalid => ErrorCodes.ContentInvalid,
            ContentResultStatus.NotFound => ErrorCodes.NotFound,
            ContentResultStatus.Conflict => ErrorCodes.Conflict,
            ContentResultStatus.Canceled => ErrorCodes.Canceled,
            _ => user.Caller.IsAuthenticated ? ErrorCodes.Forbidden : ErrorCodes.Unauthorized,
        };
        user.Denied |= result.Status == ContentResultStatus.Forbidden;
        var error = new ExecutionError(result.Message ?? "The change was refused.") { Code = code };
        if (result.ErrorList.Count > 0)
        {
            error.Data["fields"] = result.ErrorList.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        }

        throw error;
    }
}
