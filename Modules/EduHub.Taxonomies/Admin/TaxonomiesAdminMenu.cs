using EduHub.Admin;
using EduHub.Core.Security;
using Microsoft.Extensions.Localization;

namespace EduHub.Taxonomies.Admin;

/// <summary>The taxonomies' term editor for those who may edit every item (a term change touches all content using it).</summary>
internal sealed class TaxonomiesAdminMenu(IStringLocalizer<TaxonomiesText> t) : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items(ContentCaller caller)
    {
        if (caller.Has(CorePermissions.AccessAdminPanel) && caller.Has(CorePermissions.EditContent))
        {
            // "Content" is the theme's section name: the same words in every language keep one section.
            yield return new AdminMenuItem(t["Content"], t["Taxonomies and terms"], "/admin/taxonomies", 1000);
        }
    }
}
