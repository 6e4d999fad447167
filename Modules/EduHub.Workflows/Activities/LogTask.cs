using EduHub.Workflows.Abstractions;
using Microsoft.Extensions.Logging;

namespace EduHub.Workflows.Activities;

/// <summary>Writes <c>Text</c> (Liquid) to the log at <c>LogLevel</c> (Information by default).</summary>
internal sealed class LogTask(ILogger<LogTask> logger) : WorkflowActivity
{
    public override string Name => nameof(LogTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [ActivityResult.DoneOutcome];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        Scripts.Template(properties, "Text", expressions, errors, required: true);
        if (properties.Text("LogLevel") is { } level && !Enum.TryParse<LogLevel>(level, ignoreCase: true, out _))
        {
            errors.Add($"LogLevel: '{level}' is not a log level ({string.Join(", ", Enum.GetNames<LogLevel>())}).");
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var text = await context.RenderAsync(properties.Text("Text"), cancellationToken);
        var level = Enum.TryParse<LogLevel>(properties.Text("LogLevel") ?? "Information", ignoreCase: true, out var l) ? l : LogLevel.Information;
        logger.Log(level, "Workflow {InstanceId}: {Text}", context.InstanceId, text);
        return ActivityResult.Done();
    }
}
