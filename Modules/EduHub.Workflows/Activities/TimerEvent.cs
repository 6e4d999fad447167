using Cronos;
using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Activities;

/// <summary>Waits for <c>Delay</c> (a duration) or the next occurrence of <c>CronExpression</c> (UTC), then <c>Done</c>.</summary>
internal sealed class TimerEvent : WorkflowActivity
{
    public override string Name => nameof(TimerEvent);

    public override bool IsEvent => true;

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [ActivityResult.DoneOutcome];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        var cron = properties.Text("CronExpression");
        if (string.IsNullOrWhiteSpace(cron) == string.IsNullOrWhiteSpace(properties.Text("Delay")))
        {
            errors.Add("A TimerEvent needs exactly one of Delay and CronExpression.");
        }
        else if (cron is not null && !CronExpression.TryParse(cron, out _))
        {
            errors.Add($"CronExpression: '{cron}' is not a cron expression (5 fields, e.g. \"0 9 * * 1-5\").");
        }
        else
        {
            Scripts.Duration(properties, "Delay", errors);
        }
    }

    public override Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var now = context.UtcNow;
        var due = properties.Duration("Delay") is { } delay ? now + delay
            : CronExpression.Parse(properties.Text("CronExpression")!).GetNextOccurrence(now) ?? DateTime.MaxValue;
        return Task.FromResult(ActivityResult.Halt(due));
    }
}
