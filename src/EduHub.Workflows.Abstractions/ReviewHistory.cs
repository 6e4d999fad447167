namespace EduHub.Workflows.Abstractions;

/// <summary>An item's review state and steps (who, when, action, comment, from/to state), oldest first.</summary>
public sealed record ReviewHistory(string State, IReadOnlyList<ReviewHistoryStep> Steps);

public sealed record ReviewHistoryStep(DateTime Utc, string? UserName, string Action, string? Comment, string? FromState, string? ToState);
