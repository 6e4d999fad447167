using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Errors;

/// <summary>
/// The friendly page for 404 and 500 (and other errors) on portal paths, in the culture of the URL that failed
/// (the culture middleware already ran for it). Never cached; never shows the exception.
/// </summary>
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string? OriginalPath { get; private set; }

    public void OnGet(int code) => Show(code);

    // A form posted to a missing page is re-executed with its own method.
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        OriginalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        Response.StatusCode = Code;
        Response.Headers.CacheControl = "no-store";
    }
}
