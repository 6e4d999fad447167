using EduHub.Core.Contents;
using EduHub.Core.Security;
using EduHub.Platforms.Partners;
using Microsoft.AspNetCore.Mvc;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// The partner's own organisation: the published profile and, beside it, a draft waiting for review. An id in the
/// URL that is not the caller's own organisation answers 404, like any other organisation's data.
/// </summary>
public sealed class OrganisationModel(ContentCallerAccessor callers, ContentManager content) : PartnerPageModel(callers)
{
    public OrganizationProfile? Live { get; private set; }

    /// <summary>The latest version when it is a draft (an edit or the application itself) waiting for review.</summary>
    public OrganizationProfile? Pending { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is not null && id != OrganizationId)
        {
            return NotFound();
        }

        if (await content.GetAsync(OrganizationId, VersionOptions.Latest, cancellationToken) is not { } latest)
        {
            return NotFound();
        }

        var published = await content.GetAsync(OrganizationId, VersionOptions.Published, cancellationToken);
        Live = published is null ? null : OrganizationProfile.Of(published);
        Pending = latest.Published ? null : OrganizationProfile.Of(latest);
        return Page();
    }
}
