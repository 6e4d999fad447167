using GraphQL.Validation;
using GraphQLParser.AST;

namespace EduHub.GraphQL.Execution;

internal sealed class PageSizeError : ValidationError
{
    public PageSizeError(ValidationContext context, GraphQLArgument argument, long requested, int max)
        : base(context.Document.Source, "5.4.2.1", $"Page size {requested} is not allowed: 'first' must be between 0 and {max}.", argument)
    {
        Code = ErrorCodes.PageSizeExceeded;
    }
}
