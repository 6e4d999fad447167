using System.Net;
using AngleSharp.Html.Dom;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.Search.Lucene.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Admin;

/// <summary>The search indexes page: documents, lag, and a rebuild whose progress the page follows until it is done.</summary>
public sealed class SearchAdminTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Index_list_shows_documents_and_lag()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await DoneAsync(browser);

        var row = page.QuerySelector("tr[data-index=public]")!;
        Assert.True(int.Parse(row.QuerySelector("td.index-documents")!.TextContent.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) > 40);
        Assert.Contains("up to date", row.QuerySelector("td.index-lag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("nav.admin-nav a"), a => a.GetAttribute("href") == "/admin/search");
    }

    [Fact]
    public async Task Rebuild_shows_its_progress_with_a_refreshing_page_and_completes()
    {
        var indexer = site.Services.GetRequiredService<SearchIndexer>();
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await DoneAsync(browser);
        var index = indexer.Find("public")!;

        // Holding the index's write lock keeps the rebuild from finishing until the page was seen waiting.
        await index.WriteLock.WaitAsync();
        IHtmlDocument waiting;
        try
        {
            var requested = await browser.SubmitAsync(page, "tr[data-index=public] form", []);
            Assert.Equal("/admin/search", requested.Headers.Location!.OriginalString);
            waiting = await browser.FollowAsync(requested);
        }
        finally
        {
            index.WriteLock.Release();
        }

        Assert.Contains(waiting.QuerySelector("tr[data-index=public] td.index-rebuild")!.GetAttribute("data-state"), new[] { "queued", "running" });
        Assert.Equal("2", waiting.QuerySelector("head meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Null(waiting.QuerySelector("tr[data-index=public] form"));
        var done = await DoneAsync(browser);
        var cell = done.QuerySelector("tr[data-index=public] td.index-rebuild")!;
        Assert.Equal("done", cell.GetAttribute("data-state"));
        Assert.Equal("100", cell.QuerySelector("progress")!.GetAttribute("value"));
        Assert.Contains("Last rebuild finished", cell.QuerySelector("label")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("admin", cell.TextContent, StringComparison.Ordinal);
        Assert.Null(done.QuerySelector("head meta[http-equiv=refresh]"));
        Assert.Equal(indexer.ProgressOf("public")!.Total, indexer.ProgressOf("public")!.Done);
    }

    [Fact]
    public async Task Editors_may_not_open_it_and_a_rebuild_needs_the_anti_forgery_token()
    {
        await site.UserAsync("search-editor", ["Editor"]);
        var editor = await AdminBrowser.SignedInAsync(site, "search-editor", EduHubSite.UserPassword);
        var admin = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        await DoneAsync(admin);
        var indexer = site.Services.GetRequiredService<SearchIndexer>();
        var before = indexer.ProgressOf("public");

        var denied = await editor.GetResponseAsync("/admin/search");
        var anonymous = await new AdminBrowser(site).GetResponseAsync("/admin/search");
        var unsigned = await admin.PostAsync("/admin/search?handler=Rebuild&name=public", []);

        Assert.StartsWith("/admin/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.False(indexer.IsRebuildRequested("public"));
        Assert.Same(before, indexer.ProgressOf("public"));
    }

    /// <summary>The page once no rebuild waits or runs (the start-up build included).</summary>
    private static async Task<IHtmlDocument> DoneAsync(AdminBrowser browser)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var page = await browser.GetAsync("/admin/search");
            if (page.QuerySelector("head meta[http-equiv=refresh]") is null && page.QuerySelector("tr[data-index=public] td.index-lag")!.TextContent.Contains("up to date", StringComparison.Ordinal))
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, "The search index did not settle in time.");
            await Task.Delay(200);
        }
    }
}
