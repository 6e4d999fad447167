using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// Every page of the partner area: never cached by browsers or proxies (they show drafts and private data),
/// and <see cref="GuardAsync"/> may answer instead of the handler (sign-in redirect, access denied).
/// </summary>
public abstract class PartnerAreaPageModel : PageModel
{
    public const string Area = "/partners";

    /// <summary>The culture of the URL (<c>/partners/{culture}/...</c>).</summary>
    public string Culture => RouteData.Values["culture"] as string ?? "hy";

    /// <summary>A URL of the partner area in the page's culture, e.g. <c>AreaUrl("signin")</c>.</summary>
    public string AreaUrl(string path = "") => $"{Area}/{Culture}/{path}";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // Set last: the anti-forgery token writer puts its own "no-cache, no-store" when a form is rendered.
        Response.OnStarting(() =>
        {
            Response.Headers.CacheControl = "private, no-store";
            return Task.CompletedTask;
        });
        if (await GuardAsync(HttpContext.RequestAborted) is { } answer)
        {
            context.Result = answer;
            return;
        }

        await next();
    }

    protected virtual Task<IActionResult?> GuardAsync(CancellationToken cancellationToken) => Task.FromResult<IActionResult?>(null);
}
