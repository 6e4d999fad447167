using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Portal;

/// <summary>The home page: latest announcements, featured platforms, the two safety guides, the support contacts.</summary>
public sealed class IndexModel(PortalContent content) : PageModel
{
    public IReadOnlyList<ContentItem> Announcements { get; private set; } = [];

    public IReadOnlyList<ContentItem> Platforms { get; private set; } = [];

    public IReadOnlyList<ContentItem> Guides { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Announcements = (await content.ListAsync("Announcement", 3, cancellationToken, orderBy: [ContentSort.ByField("Announcement", "Date", descending: true)])).Items;
        // Featured: the most recently published platforms, so a newly approved listing is seen first.
        Platforms = (await content.ListAsync("Platform", 6, cancellationToken, orderBy: [ContentSort.By(MetadataField.PublishedUtc, descending: true)])).Items;
        Guides = (await content.ListAsync("SafetyGuide", 2, cancellationToken,
            where: new FieldFilter("SafetyGuide", "Audience", FilterOperator.In, ["children", "parents"]),
            orderBy: [ContentSort.ByField("SafetyGuide", "Audience")])).Items;
    }
}
