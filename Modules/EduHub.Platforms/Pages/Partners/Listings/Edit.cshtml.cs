using System.Text.Json.Nodes;
using EduHub.Admin;
using EduHub.ContentEditing.Editors;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Contents.Text;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners.Listings;

/// <summary>
/// <c>/partners/{culture}/listings/{id}/edit</c> (<c>new/edit</c> creates): the Platform type's fields through the
/// admin's shared editors and the engine's validation, saved as a draft; the provider is always the caller's
/// organisation (not in the form, whatever is posted).
/// </summary>
public sealed class EditModel(
    ContentManager content, ContentQueryService queries, ContentDefinitionManager definitions, CultureSettings cultures,
    ContentCallerAccessor callers, IStringLocalizer<ListingsText> t) : ListingsPageModel(content, callers)
{
    public const string VersionInput = "__version";

    private const string NewId = "new";

    [FromRoute(Name = "id")]
    public string Id { get; set; } = "";

    public bool IsNew => Id == NewId;

    public ContentItem Item { get; private set; } = null!;

    public IReadOnlyList<EditorSection> Sections { get; private set; } = [];

    public IEnumerable<EditorField> Fields => Sections.SelectMany(s => s.Fields);

    public string? BaseVersionId { get; private set; }

    public List<(string Message, string? FieldId)> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        BaseVersionId = item.ContentItemVersionId;
        await BuildFormAsync(item, fromPost: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } loaded)
        {
            return NotFound();
        }

        BaseVersionId = IsNew ? null : Request.Form[VersionInput].FirstOrDefault() is { Length: > 0 } posted ? posted : loaded.ContentItemVersionId;
        Item = IsNew ? loaded : loaded.Clone();
        await BuildFormAsync(Item, fromPost: true, cancellationToken);
        Item.Content[PlatformType] ??= new JsonObject();
        Item.Part(PlatformType)!["Provider"] = new JsonObject { ["ContentItemIds"] = new JsonArray(Organization) };

        var result = IsNew
            ? await Contents.CreateAsync(Item, publish: false, cancellationToken)
            : await Contents.UpdateAsync(Item, new ContentSaveOptions(false, BaseVersionId), cancellationToken);
        if (result.Succeeded)
        {
            TempData["ListingNotice"] = ScriptRemoved() ? t["Saved as a draft. Some HTML (such as scripts) was removed from your text for safety: check the description."].Value : t["Saved as a draft."].Value;
            return Redirect(ItemUrl(result.Item!.ContentItemId));
        }

        if (result.Status == ContentResultStatus.Forbidden)
        {
            return NotFound();
        }

        ShowFailure(result);
        Response.StatusCode = result.Status == ContentResultStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<ContentItem?> LoadAsync(CancellationToken cancellationToken) =>
        IsNew ? await Contents.NewAsync(PlatformType, cancellationToken) : await OwnAsync(Id, cancellationToken);

    private async Task BuildFormAsync(ContentItem item, bool fromPost, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        var type = snapshot.GetType(PlatformType)!;

        // The provider is fixed to the partner's organisation: not offered in the form.
        Sections = ContentFormBuilder.Build(snapshot, type, s => t[s])
            .Select(s => s with { Fields = s.Fields.Where(f => f.Key != "Platform.Provider").ToList() })
            .Where(s => s.Fields.Count > 0).ToList();
        await FieldValues.LoadOrBindAsync(Fields, item, fromPost ? Request.Form : null, new ContentFormOptions(Contents, queries, cultures, t), cancellationToken);
    }

    /// <summary>The engine sanitizes HTML on save; the partner is told when that changed what they wrote.</summary>
    private bool ScriptRemoved() =>
        Fields.Where(f => f.Kind == EditorKind.Html).Select(f => f.Value()).Any(html => html.Length > 0 && HtmlSanitizing.Sanitize(html) != html);

    private void ShowFailure(EduHub.Core.Contents.ContentResult result)
    {
        var errors = HttpContext.RequestServices.GetService<IContentErrorLocalizer>();
        if (result.Status == ContentResultStatus.Conflict)
        {
            Problems.Add((t["Someone else changed this listing meanwhile: open it again and redo your changes."].Value, null));
            return;
        }

        foreach (var error in result.ErrorList)
        {
            var field = Fields.FirstOrDefault(f => error.Path == f.Key || error.Path.StartsWith(f.Key + ".", StringComparison.Ordinal) || error.Path.StartsWith(f.Key + "[", StringComparison.Ordinal));
            // The admin's wording of the engine's errors (hy/en/ru) when the admin theme is there; else the partner's own.
            var message = errors?.Localize(error, field?.Label)
                ?? (error.Code == ContentErrorCodes.Required && field is not null ? t["{0} is required.", field.Label].Value : error.Message);
            field?.Errors.Add(message);
            Problems.Add((message, field?.Id));
        }

        if (result.ErrorList.Count == 0)
        {
            Problems.Add((result.Message ?? result.Status.ToString(), null));
        }
    }
}
