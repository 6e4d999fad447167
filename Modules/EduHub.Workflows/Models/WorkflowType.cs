using System.Text.Json.Nodes;

namespace EduHub.Workflows.Models;

/// <summary>A workflow definition in Orchard Core's JSON shape (stored as that JSON).</summary>
internal sealed record WorkflowType(
    string WorkflowTypeId,
    string Name,
    bool IsEnabled,
    bool IsSingleton,
    bool DeleteFinishedWorkflows,
    IReadOnlyList<ActivityRecord> Activities,
    IReadOnlyList<TransitionRecord> Transitions,
    JsonObject Json)
{
    public ActivityRecord? Activity(string activityId) => Activities.FirstOrDefault(a => a.ActivityId == activityId);

    public IEnumerable<ActivityRecord> StartActivities(string eventName) => Activities.Where(a => a.IsStart && a.Name == eventName);

    public IEnumerable<string> Next(string activityId, string outcome) =>
        Transitions.Where(t => t.SourceActivityId == activityId && string.Equals(t.SourceOutcomeName, outcome, StringComparison.Ordinal)).Select(t => t.DestinationActivityId);
}

internal sealed record ActivityRecord(string ActivityId, string Name, double X, double Y, bool IsStart, JsonObject Properties);

internal sealed record TransitionRecord(string SourceActivityId, string SourceOutcomeName, string DestinationActivityId);
