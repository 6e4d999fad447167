namespace EduHub.Workflows.Engine;

/// <summary>The answer to completing a task. Nothing changed unless <see cref="Completed"/>.</summary>
internal enum TaskDecision
{
    Completed,
    NotFound,
    Forbidden,
    AlreadyDecided,
    UnknownAction,
    CommentRequired,
}
