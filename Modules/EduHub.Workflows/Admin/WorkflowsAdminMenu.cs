using EduHub.Admin;
using EduHub.Core.Security;
using Microsoft.Extensions.Localization;

namespace EduHub.Workflows.Admin;

/// <summary>The review inbox for everyone in the admin (tasks go to roles and named users); types and instances for ManageWorkflows.</summary>
internal sealed class WorkflowsAdminMenu(IStringLocalizer<WorkflowsText> t) : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items(ContentCaller caller)
    {
        if (!caller.Has(CorePermissions.AccessAdminPanel))
        {
            yield break;
        }

        yield return new AdminMenuItem(t["Review"], t["Review inbox"], "/admin/workflows/inbox");
        if (caller.Has(Permissions.ManageWorkflows))
        {
            // "Operations" is the theme's section name: the same words in every language keep one section.
            yield return new AdminMenuItem(t["Operations"], t["Workflow types"], "/admin/workflows/types", 10);
            yield return new AdminMenuItem(t["Operations"], t["Workflow instances"], "/admin/workflows/instances", 11);
        }
    }
}
