using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.AdminTheme.Pages.Admin.Versions;

/// <summary>
/// Every version of an item, newest first, by its stored number: pick two to compare, or go to the confirmation page that restores an
/// old one as a new draft.
/// </summary>
public sealed class IndexModel(ContentManager content, ContentDefinitionManager definitions, ContentCallerAccessor callers) : PageModel
{
    public string Id { get; private set; } = "";

    public ContentItem Latest { get; private set; } = new();

    public string TypeName { get; private set; } = "";

    /// <summary>Newest first.</summary>
    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];

    public bool MayRestore { get; private set; }

    public bool Translatable { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var (versions, forbidden) = await ItemHistory.LoadAsync(content, id, cancellationToken);
        if (versions.Count == 0)
        {
            return forbidden ? Forbid(IdentityConstants.ApplicationScheme) : NotFound();
        }

        Id = id;
        Latest = (versions.FirstOrDefault(v => v.Item.Latest) ?? versions[^1]).Item;
        Versions = versions.Reverse().ToList();
        var snapshot = await definitions.GetAsync(cancellationToken);
        var type = snapshot.GetType(Latest.ContentType);
        TypeName = type?.DisplayName ?? Latest.ContentType;
        var caller = await callers.GetAsync(cancellationToken);
        MayRestore = type is not null && caller.May(ContentVerb.Edit, type, Latest.Owner);
        Translatable = MayRestore && snapshot.HasPart(Latest.ContentType, "LocalizationPart");
        return Page();
    }
}
