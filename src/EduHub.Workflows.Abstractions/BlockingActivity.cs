using System.Text.Json.Nodes;

namespace EduHub.Workflows.Abstractions;

/// <summary>An event an instance waits on, with the activity's own state (a task id, the next reminder).</summary>
public sealed record BlockingActivity(string ActivityId, string Name, DateTime? DueUtc, JsonObject Data);
