using EduHub.Core.Security;

namespace EduHub.Workflows.Abstractions;

/// <summary>
/// The review of a content item as its author sees it: submit the latest draft, withdraw a submission, read the
/// state and history. The same rules and answers as the REST endpoints <c>/api/workflows/content/{id}/...</c>;
/// implemented by the Workflows module (absent when it is off).
/// </summary>
public interface IContentReviews
{
    Task<ReviewOutcome> SubmitAsync(string contentItemId, ContentCaller caller, CancellationToken cancellationToken);

    /// <summary>Takes a submission back: the open review ends (its task is cancelled) and the item is a draft again.</summary>
    Task<ReviewOutcome> WithdrawAsync(string contentItemId, ContentCaller caller, CancellationToken cancellationToken);

    /// <summary>The item's review state ("draft" when never submitted) and its steps, oldest first.</summary>
    Task<ReviewHistory> HistoryAsync(string contentItemId, CancellationToken cancellationToken);
}
