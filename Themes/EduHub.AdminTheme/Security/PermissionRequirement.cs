using Microsoft.AspNetCore.Authorization;

namespace EduHub.AdminTheme.Security;

/// <summary>The signed-in caller must hold <see cref="Permission"/> through one of their roles.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
