using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace EduHub.GraphQL.Execution;

/// <summary>Gives every error an <c>extensions.code</c> an app can switch on.</summary>
internal static class ErrorClassifier
{
    public static void Classify(ExecutionResult result)
    {
        foreach (var error in result.Errors ?? [])
        {
            error.Code = error switch
            {
                ComplexityError e when e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) => ErrorCodes.MaxDepthExceeded,
                ComplexityError => ErrorCodes.MaxComplexityExceeded,
                PageSizeError => ErrorCodes.PageSizeExceeded,
                SyntaxError => ErrorCodes.ParseFailed,
                ValidationError => ErrorCodes.ValidationError,
                _ when error.Code is "TIMEOUT" or null && error.InnerException is TimeoutException or OperationCanceledException => ErrorCodes.Timeout,
                _ when error.Code is null or "" => ErrorCodes.InternalError,
                _ => error.Code,
            };
        }
    }
}
