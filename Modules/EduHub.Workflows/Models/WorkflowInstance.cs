using System.Text.Json.Nodes;
using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Models;

/// <summary>A running (or finished) workflow: its status, what it waits on, its data and what it executed.</summary>
internal sealed class WorkflowInstance
{
    public required string Id { get; init; }

    public required string WorkflowTypeId { get; init; }

    public string? CorrelationId { get; init; }

    public WorkflowStatus Status { get; set; } = WorkflowStatus.Idle;

    public List<BlockingActivity> Blocking { get; init; } = [];

    public JsonObject Input { get; set; } = [];

    public JsonObject Properties { get; init; } = [];

    public JsonObject Output { get; init; } = [];

    public List<ExecutedActivity> Executed { get; init; } = [];

    public string? Error { get; set; }

    /// <summary>The activity that faulted (a retry runs it again).</summary>
    public string? FaultedActivityId { get; set; }

    public DateTime CreatedUtc { get; init; }

    public DateTime UpdatedUtc { get; set; }

    public long Version { get; set; }

    public DateTime? NextDueUtc => Blocking.Where(b => b.DueUtc is not null).Min(b => b.DueUtc);
}

internal sealed record ExecutedActivity(string ActivityId, string Name, DateTime Utc, IReadOnlyList<string> Outcomes);
