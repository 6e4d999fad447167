using System.Net;
using EduHub.IntegrationTests.Infrastructure;
using static EduHub.IntegrationTests.Admin.VersionsContent;

namespace EduHub.IntegrationTests.Admin;

public sealed class AuditTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task The_log_shows_who_did_what_with_links_to_the_item_and_its_changes()
    {
        var v1 = await PublishedPlatformAsync(site, "Audited platform");
        var v2 = await DraftAsync(site, v1.ContentItemId, item => SetText(item, "Summary", "Changed for the audit."));
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/audit?item={v1.ContentItemId}");

        var rows = page.QuerySelectorAll("table.audit tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Updated", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Created", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("system", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/admin/content/item/{v1.ContentItemId}", rows[0].QuerySelector("td a")!.GetAttribute("href"));
        Assert.Equal($"/admin/content/item/{v1.ContentItemId}/versions/diff?from={v1.ContentItemVersionId}&to={v2.ContentItemVersionId}",
            rows[0].QuerySelector("a.audit__diff")!.GetAttribute("href"));
        Assert.Equal($"/admin/content/item/{v1.ContentItemId}/versions", rows[1].QuerySelector("a.audit__history")!.GetAttribute("href"));
        Assert.Equal("2 entries", page.QuerySelector("main p[role=status]")!.TextContent);
        await browser.GetAsync(rows[0].QuerySelector("a.audit__diff")!.GetAttribute("href")!);
    }

    [Fact]
    public async Task Filters_by_user_action_type_and_dates_combine()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var v1 = await PublishedPlatformAsync(site, "Filtered platform");
        await DraftAsync(site, v1.ContentItemId, item => SetText(item, "Summary", "Filtered change."));

        var updated = await browser.GetAsync("/admin/audit?user=system&action=Updated&type=Platform&from=2026-11-01&to=2026-11-01");
        var later = await browser.GetAsync("/admin/audit?from=2026-11-02");
        var nobody = await browser.GetAsync("/admin/audit?user=nobody-at-all");

        var rows = updated.QuerySelectorAll("table.audit tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Updated", r.TextContent, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TextContent.Contains(v1.ContentItemId, StringComparison.Ordinal));
        Assert.Equal("Updated", updated.QuerySelector("select#action option[selected]")!.GetAttribute("value"));
        Assert.Equal("system", updated.QuerySelector("input#user")!.GetAttribute("value"));
        Assert.Empty(later.QuerySelectorAll("table.audit tbody tr"));
        Assert.Equal("0 entries", nobody.QuerySelector("main p[role=status]")!.TextContent);
    }

    [Fact]
    public async Task A_date_range_ending_before_it_starts_gets_a_message_next_to_the_end_date()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync("/admin/audit?from=2026-11-05&to=2026-11-01");

        Assert.Equal("The end date must be on or after the start date.", page.QuerySelector("[data-valmsg-for=to]")!.TextContent.Trim());
        Assert.Contains("The end date must be on or after the start date.", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("table.audit tbody tr"));
    }

    [Fact]
    public async Task An_unreadable_date_gets_a_message_next_to_the_field()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync("/admin/audit?from=yesterday");

        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for=from]")!.TextContent));
        Assert.Empty(page.QuerySelectorAll("table.audit tbody tr"));
    }

    [Fact]
    public async Task The_log_is_paged_newest_first()
    {
        var v1 = await PublishedPlatformAsync(site, "Paged platform");
        for (var i = 0; i < 55; i++)
        {
            await DraftAsync(site, v1.ContentItemId, item => SetText(item, "Summary", $"Change {i}."));
        }

        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var first = await browser.GetAsync($"/admin/audit?item={v1.ContentItemId}");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await browser.GetAsync(next);

        Assert.Equal($"/admin/audit?item={v1.ContentItemId}&p=2", next);
        Assert.Contains("Page 1 of 2", first.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
        var firstIds = Ids(first);
        var secondIds = Ids(second);
        Assert.Equal(50, firstIds.Count);
        Assert.Equal(6, secondIds.Count);
        Assert.Equal(firstIds.OrderDescending(), firstIds);
        Assert.True(firstIds[^1] > secondIds[0]);
        Assert.Contains("Created", second.QuerySelectorAll("table.audit tbody tr")[^1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
    }

    private static List<long> Ids(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.audit tbody tr").Select(r => long.Parse(r.GetAttribute("data-audit")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task Editors_may_read_the_log_authors_and_partners_may_not()
    {
        await site.UserAsync("editor-audit", ["Editor"]);
        await site.UserAsync("author-audit", ["Author"]);
        await site.UserAsync("partner-audit", ["Partner"]);
        var editor = await AdminBrowser.SignedInAsync(site, "editor-audit", EduHubSite.UserPassword);
        var author = await AdminBrowser.SignedInAsync(site, "author-audit", EduHubSite.UserPassword);
        var partner = await AdminBrowser.SignedInAsync(site, "partner-audit", EduHubSite.UserPassword);

        await editor.GetAsync("/admin/audit");
        var authorResponse = await author.GetResponseAsync("/admin/audit");
        var partnerResponse = await partner.GetResponseAsync("/admin/audit");
        var anonymous = await new AdminBrowser(site).GetResponseAsync("/admin/audit");

        Assert.StartsWith("/admin/account/denied", authorResponse.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/denied", partnerResponse.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_is_translated()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        browser.Language = "hy";

        var page = await browser.GetAsync("/admin/audit");

        Assert.Equal("Աուդիտի մատյան", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetResponseAsync("/admin/audit?action=Published")).StatusCode);
    }
}
