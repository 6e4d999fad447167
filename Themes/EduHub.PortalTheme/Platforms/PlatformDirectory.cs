using System.Globalization;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Indexing;
using EduHub.PortalTheme.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EduHub.PortalTheme.Platforms;

/// <summary>
/// The platform directory. Platforms are listed through <see cref="PortalContent"/> (page culture, Armenian
/// fallback per translation set, the caller's rights), so filters and facet counts are exact for what the page
/// shows in every culture. Text matching comes from the search module through <see cref="IContentTextSearch"/>
/// when that feature is on; without it the directory lists and filters but does not search text.
/// </summary>
public sealed class PlatformDirectory(PortalContent content, PortalTerms terms, ContentQueryService queries, IServiceProvider services, IStringLocalizer<PlatformsText> t)
{
    public const int PageSize = 20;

    /// <summary>The directory reads at most this many platforms (the content query's page limit).</summary>
    public const int MaxPlatforms = ContentQueryService.MaxPageSize;

    private static readonly string[] Costs = ["free", "freemium", "paid"];
    private static readonly string[] Channels = ["web", "mobile-app", "tv", "offline"];

    public IContentTextSearch? TextSearch { get; } = services.GetService<IContentTextSearch>();

    public async Task<PlatformDirectoryPage> LoadAsync(PlatformFilters filters, CancellationToken cancellationToken)
    {
        var notices = new List<string>();
        var listed = (await content.ListAsync("Platform", MaxPlatforms, cancellationToken)).Items.Select(PlatformEntry.Of).ToList();
        var termNames = await terms.NamesAsync(cancellationToken);
        var options = Options(listed, termNames);

        var selected = new Dictionary<string, IReadOnlySet<string>>();
        var ignored = false;
        foreach (var name in PlatformFilters.Names)
        {
            var known = options[name].Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
            ignored |= filters.Selected[name].Any(v => !known.Contains(v));
            selected[name] = filters.Selected[name].Where(known.Contains).ToHashSet(StringComparer.Ordinal);
        }

        if (ignored)
        {
            notices.Add(t["Some filter values are not known and were ignored."]);
        }

        var candidates = await MatchTextAsync(listed, filters, notices, cancellationToken);
        var facets = PlatformFilters.Names.Select(name => new PlatformFacet(name, Label(name), [.. options[name]
            .Select(o => new PlatformFacetOption(o.Value, o.Label, candidates.Count(e => e.Matches(selected, name) && e.Values[name].Contains(o.Value)), selected[name].Contains(o.Value)))
            .Where(o => o.Count > 0 || o.Selected || name is PlatformFilters.Cost or PlatformFilters.AccessChannel)])).ToList();

        var matching = candidates.Where(e => e.Matches(selected)).ToList();
        var pageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = filters.Page;
        if (filters.PageInvalid)
        {
            notices.Add(t["The page number was not valid; showing the first page."]);
        }
        else if (page > pageCount)
        {
            notices.Add(t["There is no page {0}; showing page {1}.", page, pageCount]);
            page = pageCount;
        }

        var items = matching.Skip((page - 1) * PageSize).Take(PageSize).Select(e => e.Item).ToList();
        return new PlatformDirectoryPage(items, matching.Count, page, pageCount, facets, notices, await ProvidersAsync(items, cancellationToken), TextSearch is not null);
    }

    private async Task<List<PlatformEntry>> MatchTextAsync(List<PlatformEntry> listed, PlatformFilters filters, List<string> notices, CancellationToken cancellationToken)
    {
        if (filters.TextTruncated)
        {
            notices.Add(t["The search text was too long; only its first {0} characters were used.", PlatformFilters.MaxTextLength]);
        }

        if (filters.Text.Length == 0 || TextSearch is null)
        {
            return listed;
        }

        var matches = await TextSearch.MatchAsync("Platform", filters.Text, PortalContent.CulturePreference, MaxPlatforms * PortalContent.CulturePreference.Count, cancellationToken);
        if (matches.Problem is not null)
        {
            notices.Add(t["The search text could not be understood, so it was not used: try plain words."]);
            return listed;
        }

        // Best match first: the order the search module ranked them in.
        var rank = matches.ContentItemIds.Select((id, i) => (id, i)).DistinctBy(x => x.id).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        return [.. listed.Where(e => rank.ContainsKey(e.Item.ContentItemId)).OrderBy(e => rank[e.Item.ContentItemId])];
    }

    private Dictionary<string, List<(string Value, string Label)>> Options(List<PlatformEntry> listed, IReadOnlyDictionary<string, string> termNames)
    {
        var comparer = StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true);
        List<(string, string)> Terms(string name) => [.. listed.SelectMany(e => e.Values[name]).Distinct(StringComparer.Ordinal)
            .Where(termNames.ContainsKey).Select(id => (id, termNames[id])).OrderBy(o => o.Item2, comparer)];
        return new()
        {
            [PlatformFilters.Subject] = Terms(PlatformFilters.Subject),
            [PlatformFilters.Grade] = [.. listed.SelectMany(e => e.Values[PlatformFilters.Grade]).Distinct(StringComparer.Ordinal)
                .Select(g => (g, n: int.TryParse(g, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)).OrderBy(g => g.n).ThenBy(g => g.g, StringComparer.Ordinal)
                .Select(g => (g.g, t["Grade {0}", g.g].Value))],
            [PlatformFilters.Language] = Terms(PlatformFilters.Language),
            [PlatformFilters.Cost] = [.. Costs.Select(c => (c, CostLabel(c)))],
            [PlatformFilters.AccessChannel] = [.. Channels.Select(c => (c, ChannelLabel(c)))],
        };
    }

    public string CostLabel(string cost) => cost switch
    {
        "free" => t["Free"],
        "freemium" => t["Free with paid options"],
        "paid" => t["Paid"],
        _ => cost,
    };

    public string ChannelLabel(string channel) => channel switch
    {
        "web" => t["Web"],
        "mobile-app" => t["Mobile app"],
        "tv" => t["TV"],
        "offline" => t["Offline (downloads, print)"],
        _ => channel,
    };

    private string Label(string name) => name switch
    {
        PlatformFilters.Subject => t["Subject"],
        PlatformFilters.Grade => t["Grade"],
        PlatformFilters.Language => t["Language"],
        PlatformFilters.Cost => t["Cost"],
        _ => t["Access channel"],
    };

    /// <summary>The provider organisations of the shown platforms, by id.</summary>
    public async Task<IReadOnlyDictionary<string, ContentItem>> ProvidersAsync(IEnumerable<ContentItem> platforms, CancellationToken cancellationToken)
    {
        var ids = platforms.SelectMany(p => p.Ids("Platform", "Provider")).Distinct(StringComparer.Ordinal).ToList<object?>();
        if (ids.Count == 0)
        {
            return new Dictionary<string, ContentItem>();
        }

        var page = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = ["PartnerOrganization"],
            Where = new MetadataFilter(MetadataField.ContentItemId, FilterOperator.In, ids),
            Take = ids.Count,
        }, cancellationToken);
        return page.Items.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
    }
}
