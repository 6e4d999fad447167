namespace EduHub.Workflows.Models;

/// <summary>A decision a person has to take (a <c>UserTaskEvent</c> an instance waits on).</summary>
internal sealed record WorkflowTask(
    string Id,
    string InstanceId,
    string ActivityId,
    string? ContentItemId,
    string? ContentType,
    string Title,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Roles,
    string? AssignedUser,
    DateTime? DueUtc,
    DateTime CreatedUtc,
    string Status,
    string? CompletedBy,
    string? CompletedAction,
    string? Comment,
    DateTime? CompletedUtc)
{
    public const string Open = "Open";
    public const string Completed = "Completed";
    public const string Canceled = "Canceled";
}
