using GraphQL;
using GraphQL.Execution;

namespace EduHub.GraphQL.Execution;

/// <summary>Puts validation messages per field under <c>extensions.fields</c>, never exception details or stack traces.</summary>
internal sealed class FieldErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.Data["fields"] is { } fields)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["fields"] = fields;
        }

        return info;
    }
}
