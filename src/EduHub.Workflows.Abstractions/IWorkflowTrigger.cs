using System.Text.Json.Nodes;

namespace EduHub.Workflows.Abstractions;

/// <summary>Raises an event: resumes the instances waiting for it (same correlation) and starts the workflows it starts.</summary>
public interface IWorkflowTrigger
{
    Task<TriggerResult> TriggerAsync(string eventName, JsonObject input, string? correlationId, CancellationToken cancellationToken);
}

public sealed record TriggerResult(int Started, int Resumed, int Skipped)
{
    public bool Handled => Started + Resumed > 0;
}
