using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace EduHub.Core.Security;

/// <summary>The caller of the current scope: the signed-in user of the HTTP request, or one set explicitly (system jobs).</summary>
public sealed class ContentCallerAccessor(IHttpContextAccessor httpContextAccessor, RolePermissionCache roles)
{
    public const string OrganizationClaim = "eduhub:organization";
    public const string SchoolClaim = "eduhub:school";

    private ContentCaller? _caller;

    public void Set(ContentCaller caller) => _caller = caller;

    public async Task<ContentCaller> GetAsync(CancellationToken cancellationToken)
    {
        if (_caller is not null)
        {
            return _caller;
        }

        var user = httpContextAccessor.HttpContext?.User;
        _caller = await FromPrincipalAsync(user, cancellationToken);
        return _caller;
    }

    public async Task<ContentCaller> FromPrincipalAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity || identity.Name is null)
        {
            return ContentCaller.Anonymous(await roles.PermissionsOfAsync([RoleNames.Anonymous], cancellationToken));
        }

        var roleNames = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Append(RoleNames.Authenticated).Distinct().ToList();
        return new ContentCaller(identity.Name, roleNames, await roles.PermissionsOfAsync(roleNames, cancellationToken))
        {
            OrganizationContentItemId = user.FindFirstValue(OrganizationClaim),
            SchoolContentItemId = user.FindFirstValue(SchoolClaim),
        };
    }
}
