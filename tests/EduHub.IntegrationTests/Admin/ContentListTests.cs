using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Admin;

/// <summary>The list of one type over the demo's 24 published platforms (12 in hy, 12 in en, all owned by admin) plus a few made here.</summary>
public sealed class ContentListTests(ContentListTests.Site site) : IClassFixture<ContentListTests.Site>
{
    public sealed class Site : SqliteSite, IAsyncLifetime
    {
        public string DraftId { get; private set; } = "";

        public string UnpublishedId { get; private set; } = "";

        public string EditedId { get; private set; } = "";

        async Task IAsyncLifetime.InitializeAsync()
        {
            await base.InitializeAsync();
            await UserAsync("list-author", ["Author"]);
            var author = As("list-author");
            DraftId = await CreateAsync(author, Items.Platform("Zebra draft platform"), draft: true);
            Clock.Advance(TimeSpan.FromMinutes(1));
            var admin = Admin();
            UnpublishedId = await CreateAsync(admin, Items.Platform("Withdrawn platform"), draft: false);
            Assert.True((await admin.PostEmptyAsync($"/api/content/{UnpublishedId}/unpublish")).IsSuccessStatusCode);
            Clock.Advance(TimeSpan.FromMinutes(1));
            EditedId = await CreateAsync(admin, Items.Platform("Live platform with changes"), draft: false);
            Clock.Advance(TimeSpan.FromMinutes(1));
            var changed = Items.Platform("Live platform with changes, edited");
            changed["ContentItemId"] = EditedId;
            Assert.True((await admin.PostJsonAsync("/api/content?draft=true", changed)).IsSuccessStatusCode);
        }

        private static async Task<string> CreateAsync(HttpClient client, JsonObject item, bool draft)
        {
            var response = await client.PostJsonAsync("/api/content" + (draft ? "?draft=true" : ""), item);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        }
    }

    private Task<AdminBrowser> AdminAsync() => AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

    private static List<string> Titles(IHtmlDocument page) => page.QuerySelectorAll("table tbody th a").Select(a => a.TextContent).ToList();

    private static List<string> Ids(IHtmlDocument page) => page.QuerySelectorAll("table tbody tr").Select(r => r.GetAttribute("data-id")!).ToList();

    private static long Total(IHtmlDocument page) => long.Parse(page.QuerySelector("[data-total]")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_list_shows_a_page_of_rows_with_links_badges_culture_and_owner()
    {
        var page = await (await AdminAsync()).GetAsync("/admin/content/Platform");

        Assert.Equal("Platform", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(27, Total(page));
        Assert.Equal(20, page.QuerySelectorAll("table tbody tr").Length);
        var heravar = page.QuerySelector($"tr[data-id='{Demo.HeravarPlatform}']");
        page = heravar is null ? await (await AdminAsync()).GetAsync("/admin/content/Platform?page=2") : page;
        heravar = page.QuerySelector($"tr[data-id='{Demo.HeravarPlatform}']")!;
        Assert.Equal($"/admin/content/item/{Demo.HeravarPlatform}", heravar.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("Published", heravar.QuerySelector(".badge")!.TextContent);
        Assert.Contains(heravar.QuerySelectorAll("td"), td => td.TextContent == "hy");
        Assert.Contains(heravar.QuerySelectorAll("td"), td => td.TextContent == "admin");
        Assert.NotNull(page.QuerySelector("a[href='/admin/content/Platform/create']"));
    }

    [Fact]
    public async Task Paging_walks_through_every_item_once()
    {
        var browser = await AdminAsync();

        var first = await browser.GetAsync("/admin/content/Platform?sort=title-asc");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await browser.GetAsync(next);

        Assert.Equal("/admin/content/Platform?sort=title-asc&page=2", next);
        Assert.Equal(7, second.QuerySelectorAll("table tbody tr").Length);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        Assert.Equal(27, Ids(first).Concat(Ids(second)).Distinct().Count());
    }

    [Fact]
    public async Task Status_filters_tell_live_drafts_and_unpublished_items_apart()
    {
        var browser = await AdminAsync();

        var published = await browser.GetAsync("/admin/content/Platform?status=published");
        var drafts = await browser.GetAsync("/admin/content/Platform?status=draft");
        var unpublished = await browser.GetAsync("/admin/content/Platform?status=unpublished");

        Assert.Equal(25, Total(published));
        Assert.Equal(3, Total(drafts));
        Assert.Equal(2, Total(unpublished));
        Assert.Equal(["Withdrawn platform", "Zebra draft platform"], Titles(unpublished).Order(StringComparer.Ordinal).ToList());
        var edited = drafts.QuerySelector($"tr[data-id='{site.EditedId}']")!;
        Assert.Equal(["Published", "Unpublished changes"], edited.QuerySelectorAll(".badge").Select(b => b.TextContent).ToList());
        Assert.Equal(["Not published"], drafts.QuerySelector($"tr[data-id='{site.DraftId}']")!.QuerySelectorAll(".badge").Select(b => b.TextContent).ToList());
    }

    [Fact]
    public async Task Text_culture_owner_and_field_filters_combine()
    {
        var browser = await AdminAsync();

        Assert.Equal(["TUMO from Home (myTUMO)", "TUMO from Home (myTUMO)"], Titles(await browser.GetAsync("/admin/content/Platform?q=tumo")));
        Assert.Equal(12, Total(await browser.GetAsync("/admin/content/Platform?culture=en")));
        Assert.Equal(["Zebra draft platform"], Titles(await browser.GetAsync("/admin/content/Platform?owner=list-author")));
        Assert.Equal(4, Total(await browser.GetAsync("/admin/content/Platform?f.Platform.Cost=freemium")));
        Assert.Equal(2, Total(await browser.GetAsync("/admin/content/Platform?f.Platform.Cost=freemium&culture=hy")));
        var physics = await browser.GetAsync("/admin/content/Platform?f.Platform.Subjects=ehisub0000000000000physics&culture=en");
        Assert.Contains("Ayb School distance pilot lessons", Titles(physics));
        Assert.DoesNotContain("TUMO from Home (myTUMO)", Titles(physics));

        // The filter form offers the type's useful fields and keeps the chosen values.
        Assert.NotNull(physics.QuerySelector("select[name='f.Platform.Subjects'] option[value='ehisub0000000000000physics'][selected]"));
        Assert.NotNull(physics.QuerySelector("select[name='f.Platform.Cost'] option[value='freemium']"));
        Assert.NotNull(physics.QuerySelector("select[name=culture] option[value=en][selected]"));
    }

    [Fact]
    public async Task Sorting_by_title_modified_and_created()
    {
        var browser = await AdminAsync();

        var ascending = Titles(await browser.GetAsync("/admin/content/Platform?sort=title-asc&culture=en"));
        var descending = Titles(await browser.GetAsync("/admin/content/Platform?sort=title-desc&culture=en"));
        var modified = Titles(await browser.GetAsync("/admin/content/Platform"));

        Assert.Equal(ascending.Order(StringComparer.OrdinalIgnoreCase).ToList(), ascending);
        Assert.Equal(Enumerable.Reverse(ascending).ToList(), descending);
        Assert.Equal("Live platform with changes, edited", modified[0]);
        Assert.Equal("Zebra draft platform", Titles(await browser.GetAsync("/admin/content/Platform?sort=created-desc"))[2]);
    }

    [Fact]
    public async Task An_author_sees_live_items_and_their_own_drafts_only()
    {
        var author = await AdminBrowser.SignedInAsync(site, "list-author", EduHubSite.UserPassword);

        var drafts = await author.GetAsync("/admin/content/Platform?status=draft");

        Assert.Equal(["Zebra draft platform"], Titles(drafts));
    }

    [Fact]
    public async Task Partners_get_403_and_anonymous_visitors_the_sign_in_page()
    {
        await site.UserAsync("list-partner", ["Partner"]);
        var partner = await AdminBrowser.SignedInAsync(site, "list-partner", EduHubSite.UserPassword);

        Assert.StartsWith("/admin/account/denied", ContentForms.PathOf(await partner.GetResponseAsync("/admin/content/Platform")), StringComparison.Ordinal);
        var anonymous = await new AdminBrowser(site).GetResponseAsync("/admin/content/Platform");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/admin/account/signin", ContentForms.PathOf(anonymous), StringComparison.OrdinalIgnoreCase);
    }
}
