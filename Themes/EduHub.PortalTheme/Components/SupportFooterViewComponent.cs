using EduHub.Core.Contents;
using Microsoft.AspNetCore.Mvc;

namespace EduHub.PortalTheme.Components;

/// <summary>The quick-response group's phones and e-mail, in every page's footer.</summary>
public sealed class SupportFooterViewComponent(PortalContent content) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var page = await content.ListAsync("SupportContact", 3, HttpContext.RequestAborted);
        return View((IReadOnlyList<ContentItem>)page.Items);
    }
}
