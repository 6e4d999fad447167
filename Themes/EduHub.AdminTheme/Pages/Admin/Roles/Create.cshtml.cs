using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using EduHub.Admin;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Roles;

/// <summary>A new role without permissions; they are granted on the role's page.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageRoles)]
public sealed partial class CreateModel(RoleManager<EduHubRole> roles, IStringLocalizer<UsersText> t) : PageModel
{
    [BindProperty]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? Description { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name.Trim();
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), t["Enter a name for the role."]);
        }
        else if (!RoleName().IsMatch(name))
        {
            // Role names appear in recipes, claims and URLs: letters, digits, - and _ only.
            ModelState.AddModelError(nameof(Name), t["A role name has 2 to 50 letters, digits, - or _, starting with a letter."]);
        }
        else if (string.Equals(name, "new", StringComparison.OrdinalIgnoreCase) || await roles.RoleExistsAsync(name))
        {
            ModelState.AddModelError(nameof(Name), t["A role with this name already exists."]);
        }

        if (Description?.Length > 500)
        {
            ModelState.AddModelError(nameof(Description), t["The description may have at most 500 characters."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await roles.CreateAsync(new EduHubRole { Name = name, Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim() });
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), t["A role with this name already exists."]);
            return Page();
        }

        TempData["Notice"] = (string)t["Role {0} created. Choose its permissions below.", name];
        return Redirect($"/admin/roles/{Uri.EscapeDataString(name)}");
    }

    [GeneratedRegex(@"^\p{L}[\p{L}\p{Nd}_-]{1,49}$")]
    private static partial Regex RoleName();
}
