using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace EduHub.AdminTheme.Security;

/// <summary>Checks a permission with the same resolution (roles → permissions, site owner implies all) as every content read.</summary>
public sealed class PermissionHandler(ContentCallerAccessor callers) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var caller = await callers.FromPrincipalAsync(context.User, CancellationToken.None);
        if (caller.IsAuthenticated && caller.Has(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
