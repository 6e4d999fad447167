using EduHub.Admin;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Content;

/// <summary>
/// Bulk publish, unpublish and delete: a confirmation page that lists the chosen items (no JavaScript needed), then
/// one content-manager call per item and a result per item; refusals are reported, never skipped silently.
/// </summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ListContent)]
public sealed class BulkModel(ContentManager content, ContentDefinitionManager definitions, ContentCallerAccessor callers, IStringLocalizer<ContentText> t) : PageModel
{
    public const int MaxItems = 200;

    public sealed record Entry(string Id, string Title, bool Allowed, bool? Succeeded = null, string? Message = null);

    public ContentTypeDefinition Type { get; private set; } = null!;

    public string Verb { get; private set; } = "publish";

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public bool Done { get; private set; }

    public string TypeName => Type.DisplayName ?? Type.Name;

    public async Task<IActionResult> OnGetAsync(string type, string? action, string[] id, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(type, action, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string type, string? action, string[] id, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(type, action, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var results = new List<Entry>();
        foreach (var entry in Entries)
        {
            var result = Verb switch
            {
                "publish" => await content.PublishAsync(entry.Id, cancellationToken),
                "unpublish" => await content.UnpublishAsync(entry.Id, cancellationToken),
                _ => await content.RemoveAsync(entry.Id, cancellationToken),
            };
            results.Add(entry with { Succeeded = result.Succeeded, Message = Outcome(result) });
        }

        Entries = results;
        Done = true;
        return Page();
    }

    private string Outcome(EduHub.Core.Contents.ContentResult result) => result.Status switch
    {
        ContentResultStatus.Ok => Verb switch { "publish" => t["Published"], "unpublish" => t["Unpublished"], _ => t["Deleted"] },
        ContentResultStatus.Forbidden => t["Not allowed: you may not do this to this item."],
        ContentResultStatus.NotFound => t["Not found (deleted meanwhile?)."],
        _ => result.Message ?? result.Status.ToString(),
    };

    private async Task<IActionResult?> PrepareAsync(string type, string? action, string[] ids, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        if (ListAccess.Find(snapshot, type) is not { } definition || action is not ("publish" or "unpublish" or "delete"))
        {
            return NotFound();
        }

        var caller = await callers.GetAsync(cancellationToken);
        if (!ListAccess.MayList(caller, definition))
        {
            return this.Denied();
        }

        Type = definition;
        Verb = action;
        var verb = action == "delete" ? ContentVerb.Delete : ContentVerb.Publish;
        var entries = new List<Entry>();
        foreach (var id in ids.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).Take(MaxItems))
        {
            var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
            entries.Add(item is null || item.ContentType != definition.Name
                ? new Entry(id, id, false, Message: t["Not found (deleted meanwhile?)."])
                : new Entry(id, string.IsNullOrEmpty(item.DisplayText) ? id : item.DisplayText, caller.May(verb, definition, item.Owner)));
        }

        Entries = entries;
        return null;
    }
}
