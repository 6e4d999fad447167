using EduHub.ContentEditing.Diffing;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Workflows.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners.Listings;

/// <summary>
/// <c>/partners/{culture}/listings/{id}</c>: one listing's status, submit / withdraw, the review history with the
/// editors' comments and, for a live listing with a newer draft, the pending changes beside the live version.
/// </summary>
public sealed class ItemModel(ContentManager content, ContentDefinitionManager definitions, ContentCallerAccessor callers, IStringLocalizer<ListingsText> t)
    : ListingsPageModel(content, callers)
{
    [FromRoute(Name = "id")]
    public string Id { get; set; } = "";

    public ContentItem Item { get; private set; } = null!;

    public ReviewHistory History { get; private set; } = new("draft", []);

    public string Status { get; private set; } = "Draft";

    public bool ReviewsAvailable { get; private set; }

    public bool CanSubmit => ReviewsAvailable && !Item.Published && !ListingStatus.IsInReview(History.State) && History.State != "archived";

    public bool CanWithdraw => ReviewsAvailable && ListingStatus.IsInReview(History.State);

    /// <summary>The live version's fields beside the pending draft's (empty unless both exist).</summary>
    public IReadOnlyList<FieldChange> PendingChanges { get; private set; } = [];

    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        ActAsync(r => r.SubmitAsync(Id, Caller, cancellationToken), t["Submitted for review."].Value, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        ActAsync(r => r.WithdrawAsync(Id, Caller, cancellationToken), t["Submission withdrawn: the listing is a draft again."].Value, cancellationToken);

    private async Task<IActionResult> ActAsync(Func<IContentReviews, Task<ReviewOutcome>> act, string done, CancellationToken cancellationToken)
    {
        if (await OwnAsync(Id, cancellationToken) is null || Reviews is not { } reviews)
        {
            return NotFound();
        }

        var outcome = await act(reviews);
        if (outcome == ReviewOutcome.Done)
        {
            TempData["ListingNotice"] = done;
            return Redirect(ItemUrl(Id));
        }

        if (outcome is ReviewOutcome.NotFound or ReviewOutcome.Forbidden)
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        Error = outcome switch
        {
            ReviewOutcome.AlreadyInReview => t["This listing is already in review: it was not submitted again."].Value,
            ReviewOutcome.NothingToSubmit => t["The live version has no pending changes: edit the listing first."].Value,
            ReviewOutcome.Archived => t["This listing was rejected; it cannot be submitted again."].Value,
            ReviewOutcome.NotInReview => t["This listing is not in review: there is nothing to withdraw."].Value,
            _ => t["Reviews are not available right now."].Value,
        };
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await OwnAsync(Id, cancellationToken) is not { } item)
        {
            return false;
        }

        Item = item;
        Notice = TempData["ListingNotice"] as string;
        if (Reviews is { } reviews)
        {
            ReviewsAvailable = true;
            History = await reviews.HistoryAsync(Id, cancellationToken);
        }

        Status = ListingStatus.Label(History.State, item.Published);
        if (!item.Published && await Contents.GetAsync(Id, VersionOptions.Published, cancellationToken) is { } live)
        {
            var snapshot = await definitions.GetAsync(cancellationToken);
            PendingChanges = ContentDiffer.Compare(snapshot, live, item, new Dictionary<string, string>(StringComparer.Ordinal))
                .Where(c => c.Changed).ToList();
        }

        return true;
    }
}
