using EduHub.Core.Contents;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Portal.Sections;

/// <summary>Every support contact (the quick-response group and other help lines).</summary>
public sealed class SupportModel(PortalContent content) : PageModel
{
    public IReadOnlyList<ContentItem> Contacts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Contacts = (await content.ListAsync("SupportContact", 100, cancellationToken)).Items;
}
