using GraphQL;
using GraphQL.Resolvers;
using GraphQLParser.AST;

namespace EduHub.GraphQL.Execution;

/// <summary>What a <see cref="DirectFieldResolver"/> reads: its parent's value, the request's state and its own selection.</summary>
internal delegate object? DirectResolve(object? source, GraphQLUserContext? user, GraphQLField selection);

/// <summary>
/// A resolver that takes no arguments and awaits nothing: most of the schema (metadata, parts, fields, a picker's
/// batched load). <see cref="FastPathSerialStrategy"/> calls it straight from its execution node, without the resolve
/// context, value task and two state machines GraphQL.NET spends on every field (a page of 20 platforms has ~200).
/// Anything else calling it (GraphQL.NET's own strategies, middleware) goes through <see cref="ResolveAsync"/>.
/// </summary>
internal sealed class DirectFieldResolver(DirectResolve resolve) : IFieldResolver
{
    public object? Resolve(object? source, object? userContext, GraphQLField selection) =>
        resolve(source, userContext as GraphQLUserContext, selection);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
        new(Resolve(context.Source, context.UserContext, context.FieldAst));
}
