namespace EduHub.Platforms.Pages.Partners.Listings;

/// <summary>The partner's words for a review state kept by the Workflows module's history.</summary>
public static class ListingStatus
{
    /// <summary>English text (the resx key) of a state; a published listing with a newer draft shows the draft's state.</summary>
    public static string Label(string state, bool latestIsPublished) => state switch
    {
        "submitted" or "in-review" => "In review",
        "changes-requested" => "Changes requested",
        "archived" => "Rejected",
        "published" when latestIsPublished => "Published",
        _ when latestIsPublished => "Published",
        _ => "Draft",
    };

    public static bool IsInReview(string state) => state is "submitted" or "in-review";
}
