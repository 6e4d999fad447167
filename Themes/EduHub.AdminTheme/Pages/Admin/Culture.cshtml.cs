using EduHub.AdminTheme.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.AdminTheme.Pages.Admin;

/// <summary>Remembers the admin language chosen in the header (a year-long cookie) and returns to the same page.</summary>
[AllowAnonymous]
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/admin");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (AdminThemeServices.Cultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(AdminThemeServices.CultureCookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = Request.IsHttps });
        }

        return LocalRedirect(SafeReturnUrl.For(returnUrl, Url));
    }
}
