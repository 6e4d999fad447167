using EduHub.Admin;
using EduHub.AdminTheme.Editors;
using EduHub.ContentEditing.Editors;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Content;

/// <summary>
/// What the create and edit pages share: the form generated from the type's definition, binding the posted values
/// into the item's JSON, and putting the engine's errors next to the fields they belong to.
/// </summary>
public abstract class ContentEditorPageModel(
    ContentManager content, ContentQueryService queries, ContentDefinitionManager definitions, CultureSettings cultures,
    ContentCallerAccessor callers, IStringLocalizer<ContentText> t, IContentErrorLocalizer errors) : PageModel
{
    public const string VersionInput = "__version";

    protected ContentManager Contents => content;

    protected ContentDefinitionManager Definitions => definitions;

    protected ContentCallerAccessor Callers => callers;

    protected IStringLocalizer<ContentText> T => t;

    public ContentTypeDefinition Type { get; protected set; } = null!;

    /// <summary>The new item, or the latest version when the page was opened (its values are the form's when posted).</summary>
    public ContentItem Item { get; protected set; } = null!;

    public IReadOnlyList<EditorSection> Sections { get; private set; } = [];

    public IEnumerable<EditorField> Fields => Sections.SelectMany(s => s.Fields);

    /// <summary>The version the form was opened on; saving refuses a change based on a version that is no longer the latest.</summary>
    public string? BaseVersionId { get; protected set; }

    public abstract bool IsNew { get; }

    public bool HasPublished { get; protected set; }

    public bool CanPublish { get; protected set; }

    public bool CanDelete { get; protected set; }

    /// <summary>Set when someone else saved a newer version: the latest version's id, to review it.</summary>
    public string? ConflictVersionId { get; protected set; }

    public bool ShowPreview { get; protected set; }

    public List<(string Message, string? FieldId)> Problems { get; } = [];

    public string TypeName => Type.DisplayName ?? Type.Name;

    protected async Task BuildFormAsync(ContentDefinitionSnapshot snapshot, ContentItem item, bool fromPost, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        CanPublish = caller.May(ContentVerb.Publish, Type, item.Owner);
        CanDelete = !IsNew && caller.May(ContentVerb.Delete, Type, item.Owner);
        Sections = ContentFormBuilder.Build(snapshot, Type, s => t[s]);
        await FieldValues.LoadOrBindAsync(Fields, item, fromPost ? Request.Form : null, new ContentFormOptions(content, queries, cultures, t), cancellationToken);
    }

    /// <summary>Puts a failed save's errors next to their fields and in the summary.</summary>
    protected void ShowFailure(EduHub.Core.Contents.ContentResult result)
    {
        switch (result.Status)
        {
            case ContentResultStatus.Invalid:
                foreach (var error in result.ErrorList)
                {
                    var field = Fields.FirstOrDefault(f => error.Path == f.Key || error.Path.StartsWith(f.Key + ".", StringComparison.Ordinal) || error.Path.StartsWith(f.Key + "[", StringComparison.Ordinal));
                    var message = errors.Localize(error, field?.Label);
                    field?.Errors.Add(message);
                    Problems.Add((message, field?.Id));
                }

                break;
            case ContentResultStatus.Conflict:
                break;
            default:
                Problems.Add((result.Message ?? result.Status.ToString(), null));
                break;
        }
    }

    protected static string Action(string? action) => action is "save" or "publish" or "unpublish" or "preview" or "search" or "delete" ? action : "save";
}
