using EduHub.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EduHub.AdminTheme.Security;

/// <summary>
/// Builds <c>Permission:{name}</c> policies on demand: the admin cookie must authenticate the caller (so an
/// anonymous visitor is sent to the sign-in page) and the caller must hold the permission (else 403 page).
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(AdminPolicies.Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        return new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[AdminPolicies.Prefix.Length..]))
            .Build();
    }
}
