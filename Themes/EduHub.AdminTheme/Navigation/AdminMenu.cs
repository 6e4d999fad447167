using EduHub.Admin;
using EduHub.Core.Metadata;
using EduHub.Core.Modules;
using EduHub.Core.Security;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Navigation;

/// <summary>The admin navigation for one caller: the engine's own pages, one entry per listable type, then the modules' links.</summary>
public sealed class AdminMenu(
    ContentDefinitionManager definitions, IEnumerable<IAdminMenuContributor> contributors, FeatureGate features, IStringLocalizer<AdminText> t)
{
    public async Task<IReadOnlyList<IGrouping<string, AdminMenuItem>>> BuildAsync(ContentCaller caller, CancellationToken cancellationToken)
    {
        var items = new List<AdminMenuItem> { new(t["Overview"], t["Dashboard"], "/admin", -100) };
        var snapshot = await definitions.GetAsync(cancellationToken);
        var order = 0;
        foreach (var type in snapshot.Types.Where(t => t.TypeSettings is { Listable: true, Stereotype: null }).OrderBy(t => t.DisplayName ?? t.Name, StringComparer.CurrentCulture))
        {
            if (caller.Has(CorePermissions.ListContent) && (caller.May(ContentVerb.Edit, type, caller.UserName) || caller.MayAny(ContentVerb.Preview, type)))
            {
                items.Add(new AdminMenuItem(t["Content"], type.DisplayName ?? type.Name, $"/admin/content/{type.Name}", order++));
            }
        }

        AddIf(items, caller, CorePermissions.ManageContentDefinitions, t["Design"], t["Content types"], "/admin/types");
        AddIf(items, caller, CorePermissions.ManageUsers, t["Security"], t["Users"], "/admin/users");
        AddIf(items, caller, CorePermissions.ManageRoles, t["Security"], t["Roles"], "/admin/roles");
        AddIf(items, caller, CorePermissions.ViewAuditLog, t["Security"], t["Audit log"], "/admin/audit");
        if (caller.Has(CorePermissions.ImportRecipes) || caller.Has(CorePermissions.ExportContent))
        {
            items.Add(new AdminMenuItem(t["Operations"], t["Recipes"], "/admin/recipes", items.Count));
        }
        items.AddRange(features.Active(contributors).SelectMany(c => c.Items(caller)));

        var sections = items.Select(i => i.Section).Distinct().ToList();
        return items.OrderBy(i => sections.IndexOf(i.Section)).ThenBy(i => i.Order).GroupBy(i => i.Section).ToList();
    }

    private static void AddIf(List<AdminMenuItem> items, ContentCaller caller, string permission, string section, string text, string url)
    {
        if (caller.Has(permission))
        {
            items.Add(new AdminMenuItem(section, text, url, items.Count));
        }
    }
}
