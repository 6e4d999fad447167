using GraphQL;
using GraphQLParser.AST;

namespace EduHub.GraphQL.Schema;

/// <summary>
/// Input objects arrive as dictionaries in schema order; for <c>orderBy</c> the order the caller wrote the
/// keys in is the meaning, so the keys are put back in the order of the query text.
/// </summary>
internal static class ArgumentOrder
{
    public static Dictionary<string, object?>? AsWritten(IResolveFieldContext ctx, string argument)
    {
        var value = ctx.GetArgument<Dictionary<string, object?>?>(argument);
        var literal = ctx.FieldAst.Arguments?.FirstOrDefault(a => a.Name.StringValue == argument)?.Value as GraphQLObjectValue;
        return value is null || literal is null ? value : Reorder(value, literal);
    }

    private static Dictionary<string, object?> Reorder(Dictionary<string, object?> value, GraphQLObjectValue literal)
    {
        var ordered = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in literal.Fields ?? [])
        {
            var name = field.Name.StringValue;
            if (value.TryGetValue(name, out var inner))
            {
                ordered[name] = inner is Dictionary<string, object?> nested && field.Value is GraphQLObjectValue nestedLiteral ? Reorder(nested, nestedLiteral) : inner;
            }
        }

        foreach (var (name, inner) in value.Where(p => !ordered.ContainsKey(p.Key)))
        {
            ordered[name] = inner;
        }

        return ordered;
    }
}
