using AngleSharp.Dom;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Portal;

/// <summary>Reads the platform directory as a visitor sees it; polls where the search index must catch up (it is asynchronous).</summary>
internal static class PlatformPages
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static IReadOnlyList<string> CardLinks(this IDocument page) =>
        [.. page.QuerySelectorAll(".platform-card h2 a").Select(a => a.GetAttribute("href")!)];

    public static IReadOnlyList<string> CardTitles(this IDocument page) =>
        [.. page.QuerySelectorAll(".platform-card h2 a").Select(a => a.TextContent.Trim())];

    public static int FacetCount(this IDocument page, string filter, string value)
    {
        var label = page.QuerySelector($"label[for='f-{filter}-{value}'] .facet-count")!.TextContent;
        return int.Parse(label.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<string> Notices(this IDocument page) =>
        [.. page.QuerySelectorAll("main .notice").Select(n => n.TextContent.Trim())];

    public static async Task<IDocument> GetUntilAsync(this AdminBrowser browser, string url, Func<IDocument, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var page = await browser.GetAsync(url);
            if (done(page) || DateTime.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(50);
        }
    }
}
