using System.Globalization;
using System.Xml.Linq;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.PortalTheme.Routing;

namespace EduHub.PortalTheme.Sections;

/// <summary>
/// <c>/sitemap.xml</c>: the section pages in each culture, and every published item with a path in each culture it
/// exists in, with <c>xhtml:link</c> hreflang alternates between translations and the last change date.
/// </summary>
public static class SitemapBuilder
{
    public static readonly IReadOnlyList<string> Sections = ["", "platforms", "schools", "safety", "support", "news"];

    private const int BatchSize = 500;
    private const int MaxItems = 45_000; // a sitemap holds at most 50,000 URLs
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static async Task<XDocument> BuildAsync(ContentQueryService queries, string origin, CancellationToken cancellationToken)
    {
        var urlset = new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        foreach (var section in Sections)
        {
            var alternates = PortalCultures.All.ToDictionary(c => c, c => $"{origin}/{c}/{section}");
            foreach (var culture in PortalCultures.All)
            {
                urlset.Add(Url(alternates[culture], null, alternates));
            }
        }

        var items = await PublishedWithPathAsync(queries, cancellationToken);
        foreach (var group in items.GroupBy(i => i.Part("LocalizationPart")?["LocalizationSet"]?.GetValue<string>() ?? i.ContentItemId))
        {
            var byCulture = group.GroupBy(PortalContent.CultureOf).ToDictionary(g => g.Key, g => g.First());
            var alternates = byCulture.ToDictionary(p => p.Key, p => origin + PortalUrls.Item(p.Key, p.Value));
            foreach (var (culture, item) in byCulture.OrderBy(p => PortalCultures.All.ToList().IndexOf(p.Key)))
            {
                urlset.Add(Url(alternates[culture], item.ModifiedUtc ?? item.PublishedUtc, alternates.Count > 1 ? alternates : null));
            }
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), urlset);
    }

    private static async Task<List<ContentItem>> PublishedWithPathAsync(ContentQueryService queries, CancellationToken cancellationToken)
    {
        var items = new List<ContentItem>();
        string? after = null;
        do
        {
            var page = await queries.QueryAsync(new ContentQuery
            {
                Where = new MetadataFilter(MetadataField.Path, FilterOperator.NotEquals, [null]),
                OrderBy = [ContentSort.By(MetadataField.ContentItemId)],
                Take = BatchSize,
                After = after,
            }, cancellationToken);
            items.AddRange(page.Items.Where(i => !string.IsNullOrWhiteSpace(i.Part("AutoroutePart")?["Path"]?.GetValue<string>())));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null && items.Count < MaxItems);

        return items;
    }

    private static XElement Url(string location, DateTime? lastModified, IReadOnlyDictionary<string, string>? alternates)
    {
        var url = new XElement(Ns + "url", new XElement(Ns + "loc", location));
        if (lastModified is { } modified)
        {
            url.Add(new XElement(Ns + "lastmod", modified.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        foreach (var (culture, href) in alternates ?? new Dictionary<string, string>())
        {
            url.Add(new XElement(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", culture), new XAttribute("href", href)));
        }

        return url;
    }
}
