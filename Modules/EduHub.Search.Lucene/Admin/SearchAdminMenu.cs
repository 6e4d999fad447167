using EduHub.Admin;
using EduHub.Core.Security;
using Microsoft.Extensions.Localization;

namespace EduHub.Search.Lucene.Admin;

/// <summary>The search indexes page, for those who may manage them (as the admin API).</summary>
internal sealed class SearchAdminMenu(IStringLocalizer<SearchText> t) : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items(ContentCaller caller) =>
        caller.Has(Permissions.ManageSearchIndexes)
            // "Operations" is the theme's section name: the same words in every language keep one section.
            ? [new AdminMenuItem(t["Operations"], t["Search indexes"], "/admin/search", 20)]
            : [];
}
