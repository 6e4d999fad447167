using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Data;
using EduHub.Workflows.Engine;

namespace EduHub.Workflows.Reviews;

/// <summary>Submit, withdraw and history for pages of other modules (the partner area): the REST endpoints' rules.</summary>
internal sealed class ContentReviews(ContentManager content, ContentDefinitionManager definitions, WorkflowManager manager, Database database) : IContentReviews
{
    public async Task<ReviewOutcome> SubmitAsync(string contentItemId, ContentCaller caller, CancellationToken cancellationToken)
    {
        var (outcome, item) = await EditableAsync(contentItemId, caller, cancellationToken);
        if (item is null)
        {
            return outcome;
        }

        if (item.Published)
        {
            return ReviewOutcome.NothingToSubmit;
        }

        var history = await ReviewHistoryStore.ListAsync(database, contentItemId, cancellationToken);
        if (history.LastOrDefault()?.ToState == "archived")
        {
            return ReviewOutcome.Archived;
        }

        var result = await manager.TriggerAsync("SubmittedForReviewEvent", new JsonObject
        {
            [WorkflowInput.ContentItemId] = item.ContentItemId,
            [WorkflowInput.ContentType] = item.ContentType,
            [WorkflowInput.UserName] = caller.UserName,
            [WorkflowInput.Organization] = caller.OrganizationContentItemId,
        }, item.ContentItemId, cancellationToken);
        return result.Handled ? ReviewOutcome.Done : result.Skipped > 0 ? ReviewOutcome.AlreadyInReview : ReviewOutcome.NoWorkflow;
    }

    public async Task<ReviewOutcome> WithdrawAsync(string contentItemId, ContentCaller caller, CancellationToken cancellationToken)
    {
        var (outcome, item) = await EditableAsync(contentItemId, caller, cancellationToken);
        if (item is null)
        {
            return outcome;
        }

        return await manager.WithdrawAsync(item.ContentItemId, item.ContentType, caller.UserName!, cancellationToken) ? ReviewOutcome.Done : ReviewOutcome.NotInReview;
    }

    public async Task<ReviewHistory> HistoryAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var steps = await ReviewHistoryStore.ListAsync(database, contentItemId, cancellationToken);
        return new ReviewHistory(steps.LastOrDefault()?.ToState ?? ReviewHistoryStore.InitialState,
            steps.Select(s => new ReviewHistoryStep(s.Utc, s.UserName, s.Action, s.Comment, s.FromState, s.ToState)).ToList());
    }

    private async Task<(ReviewOutcome Outcome, ContentItem? Item)> EditableAsync(string contentItemId, ContentCaller caller, CancellationToken cancellationToken)
    {
        if (!caller.IsAuthenticated || await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken) is not { } item)
        {
            return (ReviewOutcome.NotFound, null);
        }

        return (await definitions.GetAsync(cancellationToken)).GetType(item.ContentType) is { } type && caller.May(ContentVerb.Edit, type, item.Owner)
            ? (ReviewOutcome.Done, item)
            : (ReviewOutcome.Forbidden, null);
    }
}
