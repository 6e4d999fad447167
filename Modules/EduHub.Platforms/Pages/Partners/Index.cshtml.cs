using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.Platforms.Pages.Partners;

/// <summary><c>/partners</c> without a culture: the partner area in Armenian, the portal's default.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect("/partners/hy/");
}
