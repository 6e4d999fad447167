using Dapper;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Data;
using EduHub.Workflows.Engine;

namespace EduHub.Workflows.Activities;

/// <summary>
/// Adds a step to the item's review history: <c>Action</c>, <c>ToState</c>, <c>Comment</c> and <c>Actor</c> (Liquid;
/// by default the person who took the last task decision, else the submitter, else "system"). The from-state is
/// the state the previous step left the item in ("draft" at first).
/// </summary>
internal sealed class RecordReviewTask(WorkflowContentLoader content) : WorkflowActivity
{
    public override string Name => nameof(RecordReviewTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [ActivityResult.DoneOutcome];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        Scripts.Template(properties, "Action", expressions, errors, required: true);
        Scripts.Template(properties, "ToState", expressions, errors);
        Scripts.Template(properties, "Comment", expressions, errors);
        Scripts.Template(properties, "Actor", expressions, errors);
    }

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var item = await content.LatestAsync(context, cancellationToken);
        var itemId = item?.ContentItemId ?? context.CorrelationId;
        if (itemId is null)
        {
            return ActivityResult.Faulted("RecordReviewTask needs an instance correlated with a content item.");
        }

        var actor = (await context.RenderAsync(properties.Text("Actor"), cancellationToken)).Trim();
        if (actor.Length == 0)
        {
            actor = context.Input[WorkflowInput.UserName]?.GetValue<string>() ?? "system";
        }

        var toState = (await context.RenderAsync(properties.Text("ToState"), cancellationToken)).Trim();
        var comment = (await context.RenderAsync(properties.Text("Comment"), cancellationToken)).Trim();
        var fromState = await ReviewHistoryStore.CurrentStateAsync(context.Session, itemId, cancellationToken);
        await context.Session.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO ReviewHistory (ContentItemId, ContentType, Utc, UserName, Action, Comment, FromState, ToState, InstanceId)
            VALUES (@itemId, @type, @now, @actor, @action, @comment, @fromState, @toState, @instance)
            """,
            new
            {
                itemId, type = item?.ContentType, now = context.UtcNow, actor, action = (await context.RenderAsync(properties.Text("Action"), cancellationToken)).Trim(),
                comment = comment.Length == 0 ? null : comment, fromState, toState = toState.Length == 0 ? fromState : toState, instance = context.InstanceId,
            },
            context.Session.Transaction, cancellationToken: cancellationToken));
        return ActivityResult.Done();
    }
}
