using System.Globalization;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace EduHub.GraphQL.Execution;

/// <summary>Refuses, before execution, any <c>first</c> argument above the configured page size (literal or variable).</summary>
internal sealed class PageSizeValidationRule(int maxPageSize) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLArgument>((argument, ctx) =>
        {
            if (argument.Name.Value.Span.SequenceEqual("first") && Value(argument.Value, ctx) is { } first && (first > maxPageSize || first < 0))
            {
                ctx.ReportError(new PageSizeError(ctx, argument, first, maxPageSize));
            }
        }));

    private static long? Value(GraphQLValue value, ValidationContext context) => value switch
    {
        GraphQLIntValue literal => long.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue,
        GraphQLVariable variable when context.Variables.TryGetValue(variable.Name.StringValue, out var raw) && raw is not null =>
            long.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null,
        _ => null,
    };
}
