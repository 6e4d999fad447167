using EduHub.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace EduHub.AdminTheme.Navigation;

/// <summary>Renders the navigation; the current page's link is marked with <c>aria-current</c>.</summary>
public sealed class AdminMenuViewComponent(AdminMenu menu, ContentCallerAccessor callers) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var caller = await callers.GetAsync(HttpContext.RequestAborted);
        return View(await menu.BuildAsync(caller, HttpContext.RequestAborted));
    }
}
