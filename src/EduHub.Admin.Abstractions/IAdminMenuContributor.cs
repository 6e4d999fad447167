using EduHub.Core.Security;

namespace EduHub.Admin;

/// <summary>
/// Adds links to the admin navigation. Registered by a module in its startup; skipped while the module's
/// feature is off. Return only the links the caller may follow: the pages check again when opened.
/// </summary>
public interface IAdminMenuContributor
{
    IEnumerable<AdminMenuItem> Items(ContentCaller caller);
}
