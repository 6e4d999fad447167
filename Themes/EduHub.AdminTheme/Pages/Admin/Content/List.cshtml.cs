using EduHub.Admin;
using EduHub.ContentEditing.Editors;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Content;

/// <summary>The items of one type: filters (status, language, text, owner, some fields), sort, pages, and bulk actions.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ListContent)]
public sealed class ListModel(
    ContentManager content, ContentQueryService queries, ContentDefinitionManager definitions, CultureSettings cultures,
    ContentCallerAccessor callers, IStringLocalizer<ContentText> t) : PageModel
{
    public sealed record Row(ContentItem Item, bool Live, bool Draft);

    public ContentTypeDefinition Type { get; private set; } = null!;

    public ContentListFilters Filters { get; private set; } = null!;

    public IReadOnlyList<string> Cultures { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public long Total { get; private set; }

    public int PageCount => (int)Math.Max(1, (Total + ContentListFilters.PageSize - 1) / ContentListFilters.PageSize);

    public bool CanCreate { get; private set; }

    public string? QueryError { get; private set; }

    public string TypeName => Type.DisplayName ?? Type.Name;

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        if (ListAccess.Find(snapshot, type) is not { } definition)
        {
            return NotFound();
        }

        var caller = await callers.GetAsync(cancellationToken);
        if (!ListAccess.MayList(caller, definition))
        {
            return this.Denied();
        }

        Type = definition;
        CanCreate = definition.TypeSettings.Creatable && caller.May(ContentVerb.Edit, definition, caller.UserName);
        Cultures = (await cultures.GetAsync(cancellationToken)).Supported;
        var filterable = ContentFormBuilder.Build(snapshot, definition, s => t[s]).SelectMany(s => s.Fields)
            .Where(f => f.FieldKind is FieldKind.BooleanField or FieldKind.TaxonomyField
                || (f.FieldKind == FieldKind.TextField && f.Kind is EditorKind.Select or EditorKind.Radios))
            .Where(f => !(snapshot.FindField(definition.Name, f.PartName, f.FieldName!)?.Definition.IsPrivate ?? false))
            .ToList();
        await new ContentFormOptions(content, queries, cultures, t).FillAsync(filterable.Where(f => f.Kind == EditorKind.Taxonomy), cancellationToken);
        foreach (var field in filterable.Where(f => f.FieldKind == FieldKind.BooleanField))
        {
            field.Options = [new("true", t["Yes"]), new("false", t["No"])];
        }

        Filters = ContentListFilters.From(Request.Query, filterable);
        try
        {
            var page = await queries.QueryAsync(Filters.ToQuery(definition.Name), cancellationToken);
            Total = page.Total ?? page.Items.Count;
            Rows = await RowsAsync(definition.Name, page.Items, cancellationToken);
        }
        catch (ContentQueryException e)
        {
            QueryError = e.Message;
        }

        return Page();
    }

    /// <summary>Which of the page's items are live and which have a draft (two small queries for the whole page).</summary>
    private async Task<IReadOnlyList<Row>> RowsAsync(string type, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var ids = items.Select(i => (object?)i.ContentItemId).Distinct().ToList();
        async Task<HashSet<string>> IdsAsync(ContentStatus status) => (await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = [type],
            Status = status,
            Where = new MetadataFilter(MetadataField.ContentItemId, FilterOperator.In, ids),
            Take = ids.Count,
            IncludeContent = false,
        }, cancellationToken)).Items.Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal);

        var live = await IdsAsync(ContentStatus.Published);
        var drafts = await IdsAsync(ContentStatus.Draft);
        return items.Select(i => new Row(i, live.Contains(i.ContentItemId), drafts.Contains(i.ContentItemId))).ToList();
    }
}
