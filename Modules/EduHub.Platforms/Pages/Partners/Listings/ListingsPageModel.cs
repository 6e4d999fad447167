using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Workflows.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Platforms.Pages.Partners.Listings;

/// <summary>
/// What the listings pages share: never cached (drafts, private data), a signed-in partner of an organisation
/// (others are sent to sign in, or get 404), and "own listing" = a Platform whose provider is the caller's
/// organisation — any other id answers 404 as if it did not exist.
/// </summary>
public abstract class ListingsPageModel(ContentManager content, ContentCallerAccessor callers) : PageModel
{
    public const string PlatformType = "Platform";

    [FromRoute(Name = "culture")]
    public string Culture { get; set; } = "hy";

    protected ContentManager Contents => content;

    protected ContentCaller Caller { get; private set; } = null!;

    protected string Organization => Caller.OrganizationContentItemId!;

    /// <summary>The review service of the Workflows module; null when that feature is off.</summary>
    protected IContentReviews? Reviews => HttpContext.RequestServices.GetService<IContentReviews>();

    public string ListUrl => $"/partners/{Culture}/listings";

    public string ItemUrl(string id) => $"{ListUrl}/{id}";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // Set when the response starts: the anti-forgery token of a form would otherwise replace it with "no-cache, no-store".
        Response.OnStarting(() =>
        {
            Response.Headers.CacheControl = "private, no-store";
            return Task.CompletedTask;
        });
        Caller = await callers.GetAsync(HttpContext.RequestAborted);
        if (!Caller.IsAuthenticated)
        {
            context.Result = Redirect($"/partners/{Culture}/signin" + Microsoft.AspNetCore.Http.QueryString.Create("returnUrl", Request.Path + Request.QueryString));
            return;
        }

        if (Caller.OrganizationContentItemId is null)
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }

    /// <summary>The latest version of one of the organisation's listings, or null (missing, another type, another organisation's).</summary>
    protected async Task<ContentItem?> OwnAsync(string id, CancellationToken cancellationToken) =>
        await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is { ContentType: PlatformType } item && IsOwn(item) ? item : null;

    protected bool IsOwn(ContentItem item) =>
        (item.Field(PlatformType, "Provider")?.GetStrings("ContentItemIds") ?? []).Contains(Organization, StringComparer.Ordinal);
}
