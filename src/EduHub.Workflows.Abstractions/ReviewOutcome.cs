namespace EduHub.Workflows.Abstractions;

/// <summary>What a submission or a withdrawal did; anything but <see cref="Done"/> changed nothing.</summary>
public enum ReviewOutcome
{
    Done,
    NotFound,
    Forbidden,

    /// <summary>The latest version is published: there is no draft to submit.</summary>
    NothingToSubmit,
    AlreadyInReview,
    Archived,
    NoWorkflow,

    /// <summary>Withdraw: the item is not waiting for an editor's decision.</summary>
    NotInReview,
}
