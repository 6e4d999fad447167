using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Taxonomies.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.Taxonomies.Pages.Admin.Taxonomies;

/// <summary>
/// What the term pages share: the taxonomy's latest version (the caller must be allowed to edit it), its term type's
/// fields, and saving the changed taxonomy through the content manager (versioned, audited, checked like any save).
/// </summary>
internal abstract class TaxonomyPageModel(ContentManager content, ContentDefinitionManager definitions, ContentCallerAccessor callers, IStringLocalizer<TaxonomiesText> t) : PageModel
{
    public const string VersionInput = "version";

    protected ContentManager Contents => content;

    protected IStringLocalizer<TaxonomiesText> T => t;

    public ContentItem Taxonomy { get; protected set; } = null!;

    public ContentTypeDefinition TermType { get; private set; } = null!;

    public IReadOnlyList<TypeField> Fields { get; private set; } = [];

    public int TitleMaxLength { get; private set; }

    public JsonArray Terms => TaxonomyTerms.Of(Taxonomy);

    public string TaxonomyTitle => Taxonomy.DisplayText ?? Taxonomy.ContentItemId;

    /// <summary>The field's label in the request culture (the definitions hold English).</summary>
    public string Label(TypeField field) => t[field.Definition.DisplayName];

    public string? Hint(TypeField field) =>
        (field.Definition.PartFieldSettings.GetString("Hint") ?? field.Definition.FieldSettings.GetString("Hint")) is { Length: > 0 } hint ? t[hint].Value : null;

    public static string InputName(TypeField field) => $"{field.PartName}.{field.FieldName}";

    public static string InputId(TypeField field) => $"t-{field.PartName}-{field.FieldName}";

    /// <returns>Null when loaded; otherwise the answer (404 for an unknown taxonomy, the denied page without rights).</returns>
    protected async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        if (await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } item
            || snapshot.GetType(item.ContentType) is not { } type
            || !snapshot.HasPart(item.ContentType, TaxonomyTerms.PartName)
            || TaxonomyTerms.TermType(item) is not { } termTypeName
            || snapshot.GetType(termTypeName) is not { } termType)
        {
            return NotFound();
        }

        var caller = await callers.GetAsync(cancellationToken);
        if (!caller.May(ContentVerb.Edit, type, item.Owner))
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        Taxonomy = item;
        TermType = termType;
        Fields = TaxonomyTerms.TextFields(snapshot, termType.Name);
        TitleMaxLength = TaxonomyTerms.TitleMaxLength(snapshot, termType.Name);
        return null;
    }

    /// <summary>The version the form was opened on: a save based on an older one is refused as a conflict.</summary>
    protected string PostedVersion() => Request.Form[VersionInput].FirstOrDefault() is { Length: > 0 } posted ? posted : Taxonomy.ContentItemVersionId;

    protected Task<EduHub.Core.Contents.ContentResult> SaveAsync(ContentItem changed, string baseVersionId, CancellationToken cancellationToken) =>
        content.UpdateAsync(changed, new ContentSaveOptions(Publish: true, ExpectedVersionId: baseVersionId), cancellationToken);

    /// <summary>A failed save that is not about a field: conflict, refusal or the engine's message.</summary>
    protected string FailureMessage(EduHub.Core.Contents.ContentResult result) => result.Status switch
    {
        ContentResultStatus.Conflict => t["Someone else changed this taxonomy after you opened the page. Nothing was saved: review the current terms and try again."],
        ContentResultStatus.Forbidden => t["You may not edit this taxonomy."],
        _ => result.Message ?? result.Status.ToString(),
    };

    protected RedirectResult BackToTerms(string notice)
    {
        TempData["Notice"] = notice;
        return Redirect($"/admin/taxonomies/{Taxonomy.ContentItemId}");
    }
}
