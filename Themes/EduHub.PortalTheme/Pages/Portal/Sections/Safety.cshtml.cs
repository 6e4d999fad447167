using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.PortalTheme.Rendering;
using EduHub.PortalTheme.Sections;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Portal.Sections;

/// <summary>The online-safety guides: the guide for children and the guide for parents first.</summary>
public sealed class SafetyModel(PortalContent content) : PageModel
{
    public IReadOnlyList<ContentItem> Guides { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await content.ListAsync("SafetyGuide", 100, cancellationToken);
        Guides = [.. page.Items.OrderBy(g => GuideTopics.Rank(g.Text("SafetyGuide", "Audience"))).ThenBy(g => g.DisplayText, StringComparer.CurrentCulture)];
    }
}
