using Microsoft.AspNetCore.Identity;

namespace EduHub.Core.Security;

public sealed class EduHubRole : IdentityRole
{
    public string? Description { get; set; }
}
