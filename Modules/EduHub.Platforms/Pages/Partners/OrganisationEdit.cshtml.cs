using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Text;
using EduHub.Core.Security;
using EduHub.Platforms.Partners;
using EduHub.Workflows.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// Edits the organisation's profile as a draft (the published version stays live) and submits it for review
/// through the workflow engine's SubmittedForReviewEvent, as the application did. Saved through the content
/// manager with the partner's own rights; the description's HTML is sanitized there and the partner is told
/// when something was removed.
/// </summary>
public sealed class OrganisationEditModel(ContentCallerAccessor callers, ContentManager content, IServiceProvider services, IStringLocalizer<PartnersText> t) : PartnerPageModel(callers)
{
    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Id { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string VersionId { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Kind { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Website { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Phone { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Description { get; set; } = "";

    public string KindName(string kind) => OrganisationKinds.Name(kind, t);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await content.GetAsync(OrganizationId, VersionOptions.Latest, cancellationToken) is not { } latest)
        {
            return NotFound();
        }

        var profile = OrganizationProfile.Of(latest);
        (Id, VersionId, Name, Kind, Website, Email, Phone, Description) =
            (latest.ContentItemId, latest.ContentItemVersionId, profile.Name, profile.Kind, profile.Website, profile.Email, profile.Phone, profile.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Another organisation's id is answered like a missing page: nothing about it is revealed or changed.
        if (Id != OrganizationId || await content.GetAsync(OrganizationId, VersionOptions.Latest, cancellationToken) is not { } latest)
        {
            return NotFound();
        }

        Require(nameof(Name), Name, t["Enter the organisation's name."]);
        Require(nameof(Kind), Kind, t["Choose what kind of organisation it is."]);
        Require(nameof(Website), Website, t["Enter the organisation's website."]);
        if (Kind.Length > 0 && !OrganisationKinds.All.Contains(Kind))
        {
            ModelState.AddModelError(nameof(Kind), t["Choose one of the kinds in the list."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var profile = new OrganizationProfile(Name.Trim(), Kind, Website.Trim(), Email, Phone, Description);
        var result = await content.UpdateAsync(profile.ApplyTo(latest), new ContentSaveOptions(Publish: false, ExpectedVersionId: VersionId), cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Status == ContentResultStatus.Conflict)
            {
                ModelState.AddModelError(string.Empty, t["The profile was changed meanwhile (perhaps the form was sent twice). Open the profile to see the current version."]);
            }
            else if (result.Status == ContentResultStatus.Forbidden)
            {
                ModelState.AddModelError(string.Empty, t["Your account may not edit this organisation's profile. Ask the person who applied for the organisation."]);
            }

            foreach (var error in result.ErrorList)
            {
                var field = error.Path.Split('.').Last() switch
                {
                    "Title" => nameof(Name),
                    var name => name,
                };
                ModelState.AddModelError(field, Describe(field));
            }

            return Page();
        }

        if (services.GetService<IWorkflowTrigger>() is { } trigger)
        {
            await trigger.TriggerAsync("SubmittedForReviewEvent", new JsonObject
            {
                [WorkflowInput.ContentItemId] = OrganizationId,
                [WorkflowInput.ContentType] = OrganizationProfile.ContentType,
                [WorkflowInput.UserName] = Caller.UserName,
                [WorkflowInput.Organization] = OrganizationId,
            }, OrganizationId, cancellationToken);
        }

        TempData["Notice"] = (string)t["Your changes were saved and sent to the Ministry for review. The published profile stays as it is until they are approved."];
        if (Description.Trim().Length > 0 && HtmlSanitizing.Sanitize(Description.Trim()) != Description.Trim())
        {
            TempData["Sanitized"] = true;
        }

        return Redirect(AreaUrl("organisation"));
    }

    private void Require(string field, string value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(field, message);
        }
    }

    private string Describe(string field) => field switch
    {
        nameof(Name) => t["The name is too long (at most 200 characters)."],
        nameof(Kind) => t["Choose one of the kinds in the list."],
        nameof(Website) => t["Enter the website as an https:// address, e.g. https://example.am."],
        nameof(Email) => t["Enter a valid e-mail address."],
        nameof(Phone) => t["Enter an Armenian phone number, e.g. 010 123456 or +374 77 123456."],
        _ => t["The description is not valid."],
    };
}
