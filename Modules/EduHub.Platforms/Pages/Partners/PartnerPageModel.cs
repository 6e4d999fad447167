using EduHub.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// A page for signed-in partners: anonymous visitors go to the partner sign-in page (the site's default
/// challenge is HTTP Basic, so this is done here rather than by [Authorize]); signed-in users who do not act for
/// a partner organisation get the "not a partner account" page (403).
/// </summary>
public abstract class PartnerPageModel(ContentCallerAccessor callers) : PartnerAreaPageModel
{
    public const string PartnerRole = "Partner";

    protected ContentCaller Caller { get; private set; } = null!;

    /// <summary>The caller's own organisation: the only one this area ever shows.</summary>
    public string OrganizationId { get; private set; } = "";

    protected override async Task<IActionResult?> GuardAsync(CancellationToken cancellationToken)
    {
        Caller = await callers.GetAsync(cancellationToken);
        if (!Caller.IsAuthenticated)
        {
            return Redirect(AreaUrl("signin") + QueryString.Create("returnUrl", Request.Path + Request.QueryString));
        }

        if (Caller.OrganizationContentItemId is not { Length: > 0 } organization || !Caller.Roles.Contains(PartnerRole, StringComparer.OrdinalIgnoreCase))
        {
            return Redirect(AreaUrl("denied"));
        }

        OrganizationId = organization;
        return null;
    }
}
