using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Activities;

/// <summary>Sets the workflow property <c>PropertyName</c> to the value of <c>Value</c> (JavaScript).</summary>
internal sealed class SetPropertyTask : WorkflowActivity
{
    public override string Name => nameof(SetPropertyTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [ActivityResult.DoneOutcome];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(properties.Text("PropertyName")))
        {
            errors.Add("PropertyName: required.");
        }

        Scripts.Require(properties, "Value", expressions, errors);
    }

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var result = await context.Expressions.EvaluateAsync(properties.Text("Value")!, context, cancellationToken);
        context.Properties[properties.Text("PropertyName")!] = result.Value;
        return ActivityResult.Done();
    }
}
