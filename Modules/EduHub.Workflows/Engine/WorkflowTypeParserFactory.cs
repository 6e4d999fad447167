using EduHub.Workflows.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Workflows.Engine;

/// <summary>Parsers see the activities of the features enabled now.</summary>
internal sealed class WorkflowTypeParserFactory(IServiceProvider services)
{
    public WorkflowTypeParser Create(EduHub.Core.Data.DbSession? session = null) => new(services.GetRequiredService<ActivityLibrary>(), services.GetRequiredService<IWorkflowExpressions>(), session);
}
