using EduHub.Admin;
using EduHub.Core.Data;
using EduHub.Core.Security;
using EduHub.Search.Lucene.Indexing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.Search.Lucene.Pages.Admin.Search;

/// <summary>
/// This node's search indexes: documents, how far each index's cursor is behind the indexing-task log, and
/// rebuilds (the same request as <c>POST /api/search/indexes/{name}/rebuild</c>) with their progress. While a
/// rebuild waits or runs the page refreshes itself (meta refresh: no script needed).
/// </summary>
[Authorize(Policy = AdminPolicies.Prefix + Permissions.ManageSearchIndexes)]
internal sealed class IndexModel(SearchIndexer indexer, SearchPaths paths, ContentChangeFeed feed, ContentCallerAccessor callers, IStringLocalizer<SearchText> t) : PageModel
{
    public const int RefreshSeconds = 2;

    public sealed record IndexRow(string Name, IReadOnlyList<string> ContentTypes, string Culture, int Documents, long Cursor, long Lag, string? Problem, bool Queued, RebuildProgress? Rebuild)
    {
        public bool Busy => Queued || Rebuild is { Running: true };

        public int Percent => Rebuild is { Total: > 0 } r ? (int)Math.Min(100, r.Done * 100 / r.Total) : Rebuild is { Running: false } ? 100 : 0;
    }

    public string NodeName => paths.NodeName;

    public long LatestTask { get; private set; }

    public IReadOnlyList<IndexRow> Indexes { get; private set; } = [];

    public bool Refresh => Indexes.Any(i => i.Busy);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await callers.GetAsync(cancellationToken)).Has(Permissions.ManageSearchIndexes))
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRebuildAsync(string name, CancellationToken cancellationToken)
    {
        if (!(await callers.GetAsync(cancellationToken)).Has(Permissions.ManageSearchIndexes))
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        await indexer.SyncProfilesAsync(cancellationToken);
        if (indexer.Find(name) is not { } index)
        {
            return NotFound();
        }

        indexer.RequestRebuild(index.Profile.Name, "rebuild requested in the admin");
        TempData["Notice"] = t["The rebuild of “{0}” was requested; its progress is shown below.", index.Profile.Name].Value;
        return Redirect("/admin/search");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await indexer.SyncProfilesAsync(cancellationToken);
        LatestTask = await feed.LatestIdAsync(cancellationToken);
        Indexes = indexer.Indexes.OrderBy(i => i.Profile.Name, StringComparer.Ordinal).Select(i => new IndexRow(
            i.Profile.Name, i.Profile.ContentTypes.Order(StringComparer.Ordinal).ToList(), i.Profile.Culture, i.DocumentCount, i.Cursor,
            Math.Max(0, LatestTask - i.Cursor), i.OpenProblem, indexer.IsRebuildRequested(i.Profile.Name), indexer.ProgressOf(i.Profile.Name))).ToList();
    }
}
