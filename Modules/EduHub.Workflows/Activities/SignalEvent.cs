using System.Text.Json.Nodes;
using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Activities;

/// <summary>
/// Waits for the named <c>Signal</c>, sent by opening a signed, expiring link (<c>/api/workflows/signal/{token}</c>)
/// rendered in Liquid with <c>{{ 'confirm' | signal_url }}</c> (valid <c>EduHub:Workflows:SignalLifetime</c>, 7 days).
/// </summary>
internal sealed class SignalEvent : WorkflowActivity
{
    public override string Name => nameof(SignalEvent);

    public override bool IsEvent => true;

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [ActivityResult.DoneOutcome];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(properties.Text("Signal")))
        {
            errors.Add("Signal: the name of the signal is required.");
        }
    }

    public override bool CanHandle(ActivityProperties properties, JsonObject input) =>
        string.Equals(input["Signal"]?.GetValue<string>(), properties.Text("Signal"), StringComparison.Ordinal);
}
