using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Activities;

/// <summary>
/// Someone submitted the latest draft of an item for review (<c>POST /api/workflows/content/{id}/submit</c>).
/// Remembers the submitter (<c>Submitter</c>, <c>SubmitterOrganization</c> properties) for checks and notifications.
/// </summary>
internal sealed class SubmittedForReviewEvent : ContentEvent
{
    public override string Name => nameof(SubmittedForReviewEvent);

    public override Task<ActivityResult> ResumeAsync(WorkflowExecutionContext context, ActivityProperties properties, BlockingActivity? blocking, CancellationToken cancellationToken)
    {
        context.Properties["Submitter"] = context.Input[WorkflowInput.UserName]?.DeepClone();
        context.Properties["SubmitterOrganization"] = context.Input[WorkflowInput.Organization]?.DeepClone();
        return Task.FromResult(ActivityResult.Done());
    }
}
