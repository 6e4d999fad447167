using EduHub.Core.Data.Queries;
using EduHub.GraphQL.Execution;
using EduHub.GraphQL.Querying;
using GraphQL;
using GraphQL.Types;

namespace EduHub.GraphQL.Schema;

/// <summary>Turns the arguments of a list or connection field into the engine's <see cref="ContentQuery"/>.</summary>
internal sealed class QueryArgumentsReader(string contentType, IInputObjectGraphType where, IInputObjectGraphType orderBy, GraphQLOptions options)
{
    public ContentQuery Read(IResolveFieldContext ctx, bool includeTotal = false)
    {
        var user = (GraphQLUserContext)ctx.UserContext;
        var culture = ctx.GetArgument<string?>("culture");
        return new ContentQuery
        {
            ContentTypes = [contentType],
            Status = ctx.GetArgument("status", ContentStatus.Published),
            CulturePreference = culture is null ? [] : CultureChain(culture, user.DefaultCultures),
            Where = WhereTranslator.Translate(ctx.GetArgument<Dictionary<string, object?>?>("where"), where),
            OrderBy = OrderByInputTypes.Translate(ArgumentOrder.AsWritten(ctx, "orderBy"), orderBy),
            Take = ctx.GetArgument<int?>("first") ?? options.DefaultPageSize,
            Skip = ctx.GetArgument<int?>("skip") ?? 0,
            After = ctx.GetArgument<string?>("after"),
            IncludeTotal = includeTotal,
            IncludeContent = !SelectsOnlyIndexRow(ctx.FieldAst),
        };
    }

    /// <summary>
    /// True when every item of the answer is read for index-row data only (a list of names, a connection's
    /// <c>nodes { displayText }</c>): the items' documents are then not read at all.
    /// </summary>
    private static bool SelectsOnlyIndexRow(GraphQLParser.AST.GraphQLField field)
    {
        if (field.SelectionSet is not { } set)
        {
            return false;
        }

        var isConnection = field.Name.StringValue.EndsWith("Connection", StringComparison.Ordinal);
        if (!isConnection)
        {
            return CommonFields.SelectsOnlyIndexRow(field);
        }

        foreach (var selection in set.Selections)
        {
            if (selection is not GraphQLParser.AST.GraphQLField part)
            {
                return false;
            }

            var readsItems = part.Name.StringValue switch
            {
                "nodes" => !CommonFields.SelectsOnlyIndexRow(part),
                "edges" => part.SelectionSet is not { } edges || edges.Selections.Any(e => e is not GraphQLParser.AST.GraphQLField edge
                    || (edge.Name.StringValue == "node" && !CommonFields.SelectsOnlyIndexRow(edge))),
                _ => false,
            };
            if (readsItems)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The requested culture, its configured fallbacks, then the site's default culture.</summary>
    private List<string> CultureChain(string culture, IReadOnlyList<string> defaults)
    {
        var chain = new List<string> { culture };
        chain.AddRange(options.CultureFallback.GetValueOrDefault(culture) ?? []);
        chain.AddRange(defaults);
        return chain.Distinct(StringComparer.Ordinal).ToList();
    }

    public static QueryArguments ListArguments(IGraphType where, IGraphType orderBy, ContentGraphTypes types, bool connection)
    {
        var arguments = new QueryArguments(
            new QueryArgument(where) { Name = "where" },
            new QueryArgument(orderBy) { Name = "orderBy" },
            new QueryArgument<IntGraphType> { Name = "first", Description = "Page size (default and maximum are configured)." },
            new QueryArgument(types.Status) { Name = "status", DefaultValue = ContentStatus.Published },
            new QueryArgument<StringGraphType> { Name = "culture", Description = "hy, en or ru: each item in this culture, else its fallback." });
        arguments.Add(connection
            ? new QueryArgument<StringGraphType> { Name = "after", Description = "The endCursor of the previous page." }
            : new QueryArgument<IntGraphType> { Name = "skip" });
        return arguments;
    }
}
