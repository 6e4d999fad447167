using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EduHub.Core.Security;

/// <summary>ASP.NET Core Identity's EF Core stores. Permissions are role claims of type <see cref="PermissionClaimType"/>.</summary>
public sealed class EduHubIdentityDbContext(DbContextOptions<EduHubIdentityDbContext> options)
    : IdentityDbContext<EduHubUser, EduHubRole, string>(options)
{
    public const string PermissionClaimType = "Permission";
}
