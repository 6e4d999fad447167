using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Activities;

/// <summary>Runs <c>Script</c> (JavaScript); the outcomes are those it set with <c>setOutcome</c> among <c>AvailableOutcomes</c>.</summary>
internal sealed class ScriptTask : WorkflowActivity
{
    public override string Name => nameof(ScriptTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) =>
        properties.List("AvailableOutcomes") is { Count: > 0 } outcomes ? outcomes : [ActivityResult.DoneOutcome];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors) =>
        Scripts.Require(properties, "Script", expressions, errors);

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var result = await context.Expressions.EvaluateAsync(properties.Text("Script")!, context, cancellationToken);
        var available = Outcomes(properties);
        if (result.Outcomes.FirstOrDefault(o => !available.Contains(o, StringComparer.Ordinal)) is { } unknown)
        {
            return ActivityResult.Faulted($"The script set outcome '{unknown}', which is not among AvailableOutcomes ({string.Join(", ", available)}).");
        }

        return result.Outcomes.Count > 0 ? new ActivityResult(result.Outcomes.Distinct().ToList())
            : available.Contains(ActivityResult.DoneOutcome) ? ActivityResult.Done() : ActivityResult.Outcome();
    }
}
