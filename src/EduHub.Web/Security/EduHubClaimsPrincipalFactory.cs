using System.Security.Claims;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EduHub.Web.Security;

/// <summary>
/// The sign-in cookie carries the user, their role names and their organisation/school link, not the roles'
/// permissions: those are resolved per request from the roles (so a role change applies at once) and would
/// make the cookie several kilobytes.
/// </summary>
internal sealed class EduHubClaimsPrincipalFactory(UserManager<EduHubUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EduHubUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EduHubUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var role in await UserManager.GetRolesAsync(user))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }

        if (user.OrganizationContentItemId is { } organization)
        {
            identity.AddClaim(new Claim(ContentCallerAccessor.OrganizationClaim, organization));
        }

        if (user.SchoolContentItemId is { } school)
        {
            identity.AddClaim(new Claim(ContentCallerAccessor.SchoolClaim, school));
        }

        return identity;
    }
}
