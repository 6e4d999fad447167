using EduHub.Core.Security;

namespace EduHub.Admin;

/// <summary>Adds a card to the admin dashboard; return null when the caller may not see it.</summary>
public interface IAdminDashboardContributor
{
    Task<AdminDashboardCard?> BuildAsync(ContentCaller caller, CancellationToken cancellationToken);
}
