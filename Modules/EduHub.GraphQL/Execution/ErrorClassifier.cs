using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace EduHub.GraphQL.Execution;

/// <summary>Gives every error an <c>extensions.code</c> an app can switch on.</summary>
internal static class ErrorClassifier
{
    private static readonly HashSet<string> Known = typeof(ErrorCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);

    /// <summary>200, or 400 for a query that was refused or had bad arguments, 401/403 for a refused permission, 504 on timeout.</summary>
    public static int Status(ExecutionResult result, GraphQLUserContext user)
    {
        if (!result.Executed || user.BadRequest)
        {
            return 400;
        }

        if (result.Errors?.Any(e => e.Code == ErrorCodes.Timeout) == true)
        {
            return 504;
        }

        return user.Denied ? (user.Caller.IsAuthenticated ? 403 : 401) : 200;
    }

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
                _ when error.InnerException is TimeoutException || error.Code is "TIMEOUT" => ErrorCodes.Timeout,
                _ when error.Code is "NO_OPERATION_NAME" or "INVALID_OPERATION_NAME" => ErrorCodes.ValidationError,
                _ when error.Code is not null && Known.Contains(error.Code) => error.Code,

                // Anything else is our fault: one code, never the exception's type or details.
                _ => ErrorCodes.InternalError,
            };
        }
    }
}
