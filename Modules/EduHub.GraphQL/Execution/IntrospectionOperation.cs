using GraphQLParser.AST;

namespace EduHub.GraphQL.Execution;

/// <summary>Tells an operation that asks only about the schema (every root selection an introspection field) from one that reads content.</summary>
internal static class IntrospectionOperation
{
    private static readonly HashSet<string> RootFields = new(["__schema", "__type", "__typename"], StringComparer.Ordinal);

    /// <returns>
    /// True when the operation that will run is a query whose root selections are all introspection fields. Fragment spreads and
    /// inline fragments at the root count as content (they may select anything), and so does a document whose operation is ambiguous.
    /// </returns>
    public static bool IsIntrospectionOnly(GraphQLDocument document, string? operationName)
    {
        var candidates = document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(o => string.IsNullOrEmpty(operationName) || o.Name?.StringValue == operationName)
            .Take(2).ToList();
        return candidates is [var operation]
            && operation is { Operation: OperationType.Query, SelectionSet.Selections.Count: > 0 }
            && operation.SelectionSet.Selections.All(s => s is GraphQLField field && RootFields.Contains(field.Name.StringValue));
    }
}
