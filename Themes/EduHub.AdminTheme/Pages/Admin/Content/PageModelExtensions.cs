using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.AdminTheme.Pages.Admin.Content;

internal static class PageModelExtensions
{
    /// <summary>The admin's 403 page (the cookie scheme's access-denied redirect), as for a missing page permission.</summary>
    public static IActionResult Denied(this PageModel page) => page.Forbid(IdentityConstants.ApplicationScheme);
}
