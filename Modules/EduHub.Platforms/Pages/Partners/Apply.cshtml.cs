using System.ComponentModel.DataAnnotations;
using EduHub.Core.Contents;
using EduHub.Core.Security;
using EduHub.Platforms.Onboarding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// The organisation's application as a form (the same use case as <c>POST /api/partners/signup</c>): messages
/// beside each field, a honeypot, the sign-up rate limit, and a submission id so that pressing twice applies once.
/// </summary>
public sealed class ApplyModel(SignUpPartner signUp, IOptions<IdentityOptions> identity, IStringLocalizer<PartnersText> t) : PartnerAreaPageModel
{
    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string OrganizationName { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Kind { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Website { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string OrganizationEmail { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Phone { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Description { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string UserName { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Email { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Password { get; set; } = "";

    /// <summary>The honeypot: hidden from people, filled in by bots.</summary>
    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Homepage { get; set; } = "";

    [BindProperty, DisplayFormat(ConvertEmptyStringToNull = false)]
    public string SubmissionId { get; set; } = "";

    public bool Limited { get; private set; }

    public int PasswordLength => identity.Value.Password.RequiredLength;

    public string KindName(string kind) => OrganisationKinds.Name(kind, t);

    public void OnGet() => SubmissionId = Guid.NewGuid().ToString("n");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new SignUpPartner.Request(
            new SignUpPartner.OrganizationInput(OrganizationName.Trim(), Kind.Trim(), Website.Trim(), Blank(OrganizationEmail), Blank(Phone), Blank(Description), Culture),
            new SignUpPartner.UserInput(UserName.Trim(), Email.Trim(), Password),
            Homepage);
        var outcome = Kind.Length > 0 && !OrganisationKinds.All.Contains(Kind) ? Invalid("organization.kind", ContentErrorCodes.NotAllowed)
            : Email.Trim().Length > 0 && !EmailAddresses.IsValid(Email.Trim()) ? Invalid("user.email", "InvalidEmail")
            : await signUp.ApplyAsync(request, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", SubmissionId, cancellationToken);
        switch (outcome.Status)
        {
            case SignUpPartner.Status.Accepted:
                return Redirect(AreaUrl("apply/received"));
            case SignUpPartner.Status.RateLimited:
                Limited = true;
                var limited = Page();
                limited.StatusCode = StatusCodes.Status429TooManyRequests;
                return limited;
        }

        foreach (var error in outcome.Errors)
        {
            var field = FieldOf(error);
            ModelState.AddModelError(field, Describe(error, field));
        }

        // The password is never sent back into the page.
        Password = "";
        return Page();
    }

    private static SignUpPartner.Outcome Invalid(string path, string code) => new(SignUpPartner.Status.Invalid, [new SignUpPartner.SignUpError(path, code, code)]);

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FieldOf(SignUpPartner.SignUpError error) => error.Path switch
    {
        "organization.name" or "organization.TitlePart.Title" => nameof(OrganizationName),
        "organization.kind" or "organization.PartnerOrganization.Kind" => nameof(Kind),
        "organization.website" or "organization.PartnerOrganization.Website" => nameof(Website),
        "organization.PartnerOrganization.Email" => nameof(OrganizationEmail),
        "organization.PartnerOrganization.Phone" => nameof(Phone),
        "organization.PartnerOrganization.Description" => nameof(Description),
        "user.userName" => nameof(UserName),
        "user.email" => nameof(Email),
        "user.password" => nameof(Password),
        "user" when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(Password),
        "user" when error.Code.Contains("Email", StringComparison.Ordinal) => nameof(Email),
        "user" when error.Code.Contains("UserName", StringComparison.Ordinal) => nameof(UserName),
        _ => string.Empty,
    };

    private string Describe(SignUpPartner.SignUpError error, string field) => (error.Code, field) switch
    {
        (ContentErrorCodes.Required, nameof(OrganizationName)) => t["Enter the organisation's name."],
        (ContentErrorCodes.Required, nameof(Kind)) => t["Choose what kind of organisation it is."],
        (ContentErrorCodes.Required, nameof(Website)) => t["Enter the organisation's website."],
        (ContentErrorCodes.Required, nameof(UserName)) => t["Choose a user name."],
        (ContentErrorCodes.Required, nameof(Email)) => t["Enter your e-mail address."],
        (ContentErrorCodes.Required, nameof(Password)) => t["Choose a password."],
        (_, nameof(Kind)) => t["Choose one of the kinds in the list."],
        (_, nameof(Website)) => t["Enter the website as an https:// address, e.g. https://example.am."],
        (_, nameof(OrganizationEmail)) => t["Enter a valid e-mail address."],
        (_, nameof(Phone)) => t["Enter an Armenian phone number, e.g. 010 123456 or +374 77 123456."],
        (_, nameof(Description)) => t["The description is not valid."],
        (_, nameof(OrganizationName)) => t["The name is too long (at most 200 characters)."],
        ("DuplicateUserName", _) => t["This user name is already taken."],
        ("InvalidUserName", _) => t["The user name may contain only letters, digits and - . _ @ +."],
        ("DuplicateEmail", _) => t["Another account already uses this e-mail address."],
        ("InvalidEmail", _) => t["Enter a valid e-mail address."],
        ("PasswordTooShort", _) => t["The password must have at least {0} characters.", identity.Value.Password.RequiredLength],
        ("PasswordRequiresUpper", _) => t["The password must contain an upper-case letter (A–Z)."],
        ("PasswordRequiresLower", _) => t["The password must contain a lower-case letter (a–z)."],
        ("PasswordRequiresDigit", _) => t["The password must contain a digit (0–9)."],
        ("PasswordRequiresNonAlphanumeric", _) => t["The password must contain a character that is not a letter or digit."],
        ("PasswordRequiresUniqueChars", _) => t["The password must use more different characters."],
        _ => error.Message,
    };
}
