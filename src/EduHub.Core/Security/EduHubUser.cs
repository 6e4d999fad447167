using Microsoft.AspNetCore.Identity;

namespace EduHub.Core.Security;

public sealed class EduHubUser : IdentityUser
{
    /// <summary>Disabled users cannot sign in (pending partner accounts, deactivated staff).</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>The PartnerOrganization a Partner user acts for.</summary>
    public string? OrganizationContentItemId { get; set; }

    /// <summary>The School a SchoolStaff user works at.</summary>
    public string? SchoolContentItemId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
