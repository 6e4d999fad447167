using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Engine;

namespace EduHub.Workflows.Activities;

/// <summary><c>Condition</c> (JavaScript) → <c>True</c> or <c>False</c>.</summary>
internal sealed class IfElseTask : WorkflowActivity
{
    public override string Name => nameof(IfElseTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => ["True", "False"];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors) =>
        Scripts.Require(properties, "Condition", expressions, errors);

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var result = await context.Expressions.EvaluateAsync(properties.Text("Condition")!, context, cancellationToken);
        return ActivityResult.Outcome(WorkflowExpressions.IsTruthy(result.Value) ? "True" : "False");
    }
}
