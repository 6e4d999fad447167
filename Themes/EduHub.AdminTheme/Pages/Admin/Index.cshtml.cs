using EduHub.Admin;
using EduHub.Core.Data;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Modules;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.AdminTheme.Pages.Admin;

/// <summary>The dashboard: how much content of each type is published or waiting as a draft, the modules' cards, recent changes.</summary>
public sealed class IndexModel(
    ContentDefinitionManager definitions, ContentQueryService queries, ContentCallerAccessor callers, AuditLogReader audit,
    IEnumerable<IAdminDashboardContributor> contributors, FeatureGate features) : PageModel
{
    public sealed record TypeCount(string Name, string DisplayName, long Published, long Drafts);

    public IReadOnlyList<TypeCount> Counts { get; private set; } = [];

    public IReadOnlyList<AdminDashboardCard> Cards { get; private set; } = [];

    public IReadOnlyList<AuditEntry>? RecentChanges { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var snapshot = await definitions.GetAsync(cancellationToken);
        var counts = new List<TypeCount>();
        foreach (var type in snapshot.Types.Where(t => t.TypeSettings is { Listable: true, Stereotype: null }).OrderBy(t => t.DisplayName ?? t.Name, StringComparer.CurrentCulture))
        {
            counts.Add(new TypeCount(type.Name, type.DisplayName ?? type.Name,
                await CountAsync(type.Name, ContentStatus.Published, cancellationToken), await CountAsync(type.Name, ContentStatus.Draft, cancellationToken)));
        }

        Counts = counts;
        var cards = new List<AdminDashboardCard>();
        foreach (var contributor in features.Active(contributors))
        {
            if (await contributor.BuildAsync(caller, cancellationToken) is { } card)
            {
                cards.Add(card);
            }
        }

        Cards = [.. cards.OrderBy(c => c.Order)];
        if (caller.Has(CorePermissions.ViewAuditLog))
        {
            RecentChanges = await audit.ListAsync(null, 10, cancellationToken);
        }
    }

    // The query service applies the caller's rights: an author sees the counts of what they may see.
    private async Task<long> CountAsync(string type, ContentStatus status, CancellationToken cancellationToken) =>
        (await queries.QueryAsync(new ContentQuery { ContentTypes = [type], Status = status, Take = 1, IncludeTotal = true, IncludeContent = false }, cancellationToken)).Total ?? 0;
}
