using System.Text.Json.Nodes;
using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Activities;

/// <summary>Continues on every branch named in <c>Forks</c> (one outcome each).</summary>
internal sealed class ForkTask : WorkflowActivity
{
    public override string Name => nameof(ForkTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => properties.List("Forks");

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        if (properties.List("Forks").Count < 2)
        {
            errors.Add("Forks: name at least two branches.");
        }
    }

    public override Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken) =>
        Task.FromResult(new ActivityResult(properties.List("Forks")));
}

/// <summary>
/// Where branches meet: <c>Mode</c> <c>WaitAll</c> (default) continues with <c>Joined</c> once every incoming transition
/// has arrived (across runs: a branch may have waited for an event), <c>WaitAny</c> on the first arrival only.
/// </summary>
internal sealed class JoinTask : WorkflowActivity
{
    public override string Name => nameof(JoinTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => ["Joined"];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        if (properties.Text("Mode") is { } mode && mode is not ("WaitAll" or "WaitAny"))
        {
            errors.Add($"Mode: '{mode}' must be WaitAll or WaitAny.");
        }
    }

    public override Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var key = "Join:" + properties.ActivityId;
        var arrived = (context.Properties[key]?.GetValue<int>() ?? 0) + 1;
        context.Properties[key] = arrived;
        var joined = properties.Text("Mode") == "WaitAny" ? arrived == 1 : arrived == context.IncomingTransitions(properties.ActivityId);
        return Task.FromResult(joined ? ActivityResult.Outcome("Joined") : ActivityResult.Outcome());
    }
}
