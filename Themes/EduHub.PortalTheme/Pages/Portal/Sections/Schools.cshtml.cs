using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.PortalTheme.Sections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.PortalTheme.Pages.Portal.Sections;

/// <summary>Schools by region (Regions taxonomy, by ISO code) and community, a name search, paged.</summary>
public sealed class SchoolsModel(PortalContent content, ContentQueryService queries) : PageModel
{
    public const int PageSize = 20;
    public const int MaxQueryLength = 100;

    public IReadOnlyList<TaxonomyTerm> Regions { get; private set; } = [];

    public IReadOnlyList<string> Communities { get; private set; } = [];

    public IReadOnlyList<ContentItem> Schools { get; private set; } = [];

    public TaxonomyTerm? Region { get; private set; }

    public string? Community { get; private set; }

    public string? Query { get; private set; }

    public int PageIndex { get; private set; } = 1;

    public long Total { get; private set; }

    public bool HasNextPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string culture, string? region, string? community, string? q, CancellationToken cancellationToken)
    {
        Regions = await TaxonomyTerms.LoadAsync(queries, TaxonomyTerms.Regions, culture, cancellationToken);
        var filters = new List<ContentFilter>();
        if (!string.IsNullOrWhiteSpace(region))
        {
            Region = Regions.FirstOrDefault(r => string.Equals(r.Code, region.Trim(), StringComparison.OrdinalIgnoreCase));
            if (Region is null)
            {
                return NotFound();
            }

            filters.Add(new FieldFilter("School", "Region", FilterOperator.In, [Region.Id]));
            var inRegion = await content.ListAsync("School", 500, cancellationToken, where: filters[0]);
            Communities = [.. inRegion.Items.Select(s => s.Field("School", "Community")?["Text"]?.GetValue<string>()?.Trim())
                .OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, true))];
        }

        if (!string.IsNullOrWhiteSpace(community))
        {
            Community = Truncate(community);
            filters.Add(new FieldFilter("School", "Community", FilterOperator.Equals, Community));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            Query = Truncate(q);
            filters.Add(new MetadataFilter(MetadataField.DisplayText, FilterOperator.Contains, Query));
        }

        // "page" is also the Razor page route value, so it is read from the query string itself.
        PageIndex = PageNumber.Parse(Request.Query["page"]);
        var result = await content.ListAsync("School", PageSize, cancellationToken,
            where: filters.Count == 0 ? null : ContentFilter.And([.. filters]), skip: (PageIndex - 1) * PageSize, includeTotal: true);
        Schools = result.Items;
        Total = result.Total ?? 0;
        HasNextPage = result.HasNextPage;
        return Page();
    }

    /// <summary>The list URL with the current filters and another page number.</summary>
    public string PageUrl(int pageIndex)
    {
        var query = new List<string>();
        if (Region is not null)
        {
            query.Add("region=" + Uri.EscapeDataString(Region.Code ?? ""));
        }

        if (Community is not null)
        {
            query.Add("community=" + Uri.EscapeDataString(Community));
        }

        if (Query is not null)
        {
            query.Add("q=" + Uri.EscapeDataString(Query));
        }

        if (pageIndex > 1)
        {
            query.Add("page=" + pageIndex);
        }

        return $"/{PortalContent.Culture}/schools" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    private static string Truncate(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length > MaxQueryLength ? trimmed[..MaxQueryLength] : trimmed;
    }
}
