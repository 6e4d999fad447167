using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EduHub.Core.Contents;
using EduHub.IntegrationTests.Infrastructure;
using static EduHub.IntegrationTests.Admin.VersionsContent;

namespace EduHub.IntegrationTests.Admin;

public sealed class VersionsTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Unicef = "ehiorg000000000000unicefhy";
    private const string Physics = "ehisub0000000000000physics";

    private async Task<(ContentItem V1, ContentItem V2)> TwoVersionsAsync(string title, string owner = "admin")
    {
        var v1 = await PublishedPlatformAsync(site, title, owner);
        var v2 = await DraftAsync(site, v1.ContentItemId, item =>
        {
            SetText(item, "Summary", "Lessons for grades 1 to 9.");
            SetIds(item, "Provider", "ContentItemIds", Unicef);
            SetIds(item, "Subjects", "TermContentItemIds", Demo.Mathematics, Physics);
        });
        return (v1, v2);
    }

    private static IElement Row(IHtmlDocument page, string label) =>
        page.QuerySelectorAll("table.diff tr.diff__field").Single(r => r.QuerySelector("th")!.TextContent.Trim().EndsWith(label, StringComparison.Ordinal));

    [Fact]
    public async Task History_lists_every_version_newest_first_with_author_date_and_badges()
    {
        var (v1, v2) = await TwoVersionsAsync("History platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions");

        Assert.Equal("History of History platform", page.QuerySelector("main h1")!.TextContent);
        var rows = page.QuerySelectorAll("tbody tr[data-version]");
        Assert.Equal([v2.ContentItemVersionId, v1.ContentItemVersionId], rows.Select(r => r.GetAttribute("data-version")));
        Assert.Contains("Latest draft", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Published", rows[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Published", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("admin", rows[0].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[0].QuerySelector("time[datetime]"));
        Assert.Equal("2", rows[0].QuerySelector("th")!.FirstChild!.TextContent.Trim());
    }

    [Fact]
    public async Task Compare_form_is_a_get_form_with_the_two_newest_versions_chosen()
    {
        var (v1, v2) = await TwoVersionsAsync("Compare form platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions");

        var form = page.QuerySelector<IHtmlFormElement>("form#compare")!;
        Assert.Equal("get", form.Method);
        Assert.Equal($"/admin/content/item/{v1.ContentItemId}/versions/diff", form.GetAttribute("action"));
        Assert.Equal(v1.ContentItemVersionId, page.QuerySelector<IHtmlInputElement>("input[name=from]:checked")!.Value);
        Assert.Equal(v2.ContentItemVersionId, page.QuerySelector<IHtmlInputElement>("input[name=to]:checked")!.Value);
        Assert.All(page.QuerySelectorAll("input[type=radio]"), r => Assert.NotNull(page.QuerySelector($"label[for='{r.Id}']")));
    }

    [Fact]
    public async Task Diff_shows_the_changed_fields_word_by_word_and_pickers_by_name()
    {
        var (v1, v2) = await TwoVersionsAsync("Diff platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions/diff?from={v1.ContentItemVersionId}&to={v2.ContentItemVersionId}");

        var changed = page.QuerySelectorAll("table.diff tr.diff__field th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(3, changed.Count);
        var summary = Row(page, "Summary");
        Assert.Equal("5", summary.QuerySelector("del.diff-removed")!.TextContent);
        Assert.Equal("1", summary.QuerySelector("ins.diff-added")!.TextContent);
        Assert.Equal("Lessons for grades 5 to 9.", summary.QuerySelector(".diff__old")!.TextContent);
        Assert.Equal("Lessons for grades 1 to 9.", summary.QuerySelector(".diff__new")!.TextContent);
        var provider = Row(page, "Provider");
        Assert.Equal("Կրթական տեխնոլոգիաների ազգային կենտրոն", provider.QuerySelector("del.diff-removed")!.TextContent);
        Assert.Equal("ՅՈՒՆԻՍԵՖ Հայաստան", provider.QuerySelector("ins.diff-added")!.TextContent);
        var subjects = Row(page, "Subjects");
        Assert.Equal("Ֆիզիկա", subjects.QuerySelector("ins.diff-added")!.TextContent);
        Assert.Null(subjects.QuerySelector("del"));
        var unchanged = page.QuerySelector("details.diff-unchanged")!;
        Assert.Contains("Cost", unchanged.TextContent, StringComparison.Ordinal);
        Assert.Contains("Title", unchanged.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_without_versions_compares_the_latest_with_the_one_before()
    {
        var (v1, v2) = await TwoVersionsAsync("Default diff platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions/diff");

        var versions = page.QuerySelector("table.diff-versions tbody tr")!.TextContent;
        Assert.Contains(v1.ContentItemVersionId, versions, StringComparison.Ordinal);
        Assert.Contains(v2.ContentItemVersionId, versions, StringComparison.Ordinal);
        Assert.NotNull(Row(page, "Summary"));
    }

    [Fact]
    public async Task Diff_shows_metadata_changes()
    {
        var v1 = await PublishedPlatformAsync(site, "Metadata platform");
        var v2 = await DraftAsync(site, v1.ContentItemId, item =>
        {
            item.DisplayText = "Metadata platform renamed";
            item.Part("TitlePart")!["Title"] = "Metadata platform renamed";
        });
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions/diff?from={v1.ContentItemVersionId}&to={v2.ContentItemVersionId}");

        Assert.Equal("renamed", Row(page, "Display text").QuerySelector("ins.diff-added")!.TextContent.Trim());
        Assert.Equal("renamed", Row(page, "Title").QuerySelector("ins.diff-added")!.TextContent.Trim());
    }

    [Fact]
    public async Task Diff_with_only_from_compares_it_with_the_latest_version()
    {
        var (v1, v2) = await TwoVersionsAsync("Only from platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions/diff?from={v1.ContentItemVersionId}");

        var versions = page.QuerySelector("table.diff-versions tbody tr")!.QuerySelectorAll("td");
        Assert.Contains(v1.ContentItemVersionId, versions[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(v2.ContentItemVersionId, versions[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_of_an_item_with_one_version_says_there_is_nothing_to_compare()
    {
        var v1 = await PublishedPlatformAsync(site, "Single version platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var history = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions");
        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions/diff");

        Assert.Equal("This item has only one version so far.", history.QuerySelector("form#compare p")!.TextContent);
        Assert.Null(history.QuerySelector("form.restore-form"));
        Assert.Equal("This item has only one version so far: there is nothing to compare.", page.QuerySelector(".alert-error")!.TextContent);
    }

    [Fact]
    public async Task Html_in_a_changed_field_is_shown_as_text_not_run()
    {
        var v1 = await PublishedPlatformAsync(site, "Html diff platform");
        var v2 = await DraftAsync(site, v1.ContentItemId, item => item.Field("Platform", "Summary")!["Text"] = "Lessons <b>now</b> & more");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions/diff?from={v1.ContentItemVersionId}&to={v2.ContentItemVersionId}");

        var summary = Row(page, "Summary");
        Assert.Equal("Lessons <b>now</b> & more", summary.QuerySelector(".diff__new")!.TextContent);
        Assert.Null(summary.QuerySelector("b"));
    }

    [Fact]
    public async Task Diff_of_a_version_with_itself_says_nothing_changed()
    {
        var (v1, _) = await TwoVersionsAsync("Same version platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions/diff?from={v1.ContentItemVersionId}&to={v1.ContentItemVersionId}");

        Assert.Equal("Nothing changed between these versions.", page.QuerySelector("main .notice")!.TextContent);
        Assert.Null(page.QuerySelector("table.diff"));
    }

    [Fact]
    public async Task Diff_with_a_version_of_another_item_is_a_bad_request_with_a_message()
    {
        var (v1, _) = await TwoVersionsAsync("Own item platform");
        var other = await PublishedPlatformAsync(site, "Other item platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var response = await browser.GetResponseAsync($"/admin/content/item/{v1.ContentItemId}/versions/diff?from={v1.ContentItemVersionId}&to={other.ContentItemVersionId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AdminBrowser.ParseAsync(response);
        Assert.Contains($"{other.ContentItemVersionId} is not one of its versions", page.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.diff"));
    }

    [Theory]
    [InlineData("/admin/content/item/zzzzzzzzzzzzzzzzzzzzzzzzzz/versions")]
    [InlineData("/admin/content/item/zzzzzzzzzzzzzzzzzzzzzzzzzz/versions/diff")]
    [InlineData("/admin/content/item/not-an-id/versions")]
    public async Task Unknown_item_is_not_found(string url)
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync(url)).StatusCode);
    }

    private static string RestoreUrl(ContentItem version) => $"/admin/content/item/{version.ContentItemId}/versions/{version.ContentItemVersionId}/restore";

    [Fact]
    public async Task History_links_each_old_version_to_its_restore_confirmation_and_posts_nothing()
    {
        var (v1, v2) = await TwoVersionsAsync("Restore link platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions");

        var link = page.QuerySelector<IHtmlAnchorElement>($"tr[data-version='{v1.ContentItemVersionId}'] a.restore-link")!;
        Assert.Equal(RestoreUrl(v1), link.GetAttribute("href"));
        Assert.Equal("Restore version 1", link.TextContent);
        Assert.Null(page.QuerySelector($"tr[data-version='{v2.ContentItemVersionId}'] a.restore-link"));
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.Empty(page.QuerySelectorAll("main [data-confirm]"));
    }

    [Fact]
    public async Task Restore_confirmation_shows_what_will_change_and_changes_nothing()
    {
        var (v1, _) = await TwoVersionsAsync("Confirm restore platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var before = await StoreState.ReadAsync(site.Services);

        var page = await browser.GetAsync(RestoreUrl(v1));

        Assert.Equal("Restore version 1 of Confirm restore platform", page.QuerySelector("main h1")!.TextContent);
        var summary = Row(page, "Summary");
        Assert.Contains("1 to 9", summary.QuerySelector(".diff__old")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("5 to 9", summary.QuerySelector(".diff__new")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ՅՈՒՆԻՍԵՖ Հայաստան", Row(page, "Provider").QuerySelector(".diff__old del.diff-removed")!.TextContent);
        Assert.Equal("Կրթական տեխնոլոգիաների ազգային կենտրոն", Row(page, "Provider").QuerySelector(".diff__new ins.diff-added")!.TextContent);
        var form = page.QuerySelector<IHtmlFormElement>("main form.restore-confirm")!;
        Assert.Equal("post", form.Method);
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("Restore version 1", form.QuerySelector("button[type=submit]")!.TextContent);
        Assert.Equal($"/admin/content/item/{v1.ContentItemId}/versions", form.QuerySelector<IHtmlAnchorElement>("a")!.GetAttribute("href"));
        Assert.Equal(before, await StoreState.ReadAsync(site.Services));
    }

    [Fact]
    public async Task Restore_creates_a_new_draft_with_the_old_values_and_keeps_the_live_version()
    {
        var (v1, _) = await TwoVersionsAsync("Restore platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync(RestoreUrl(v1));

        var response = await browser.SubmitAsync(page, "main form.restore-confirm", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/content/item/{v1.ContentItemId}", response.Headers.Location!.OriginalString);
        var versions = await VersionsAsync(site, v1.ContentItemId);
        Assert.Equal(3, versions.Count);
        var latest = versions.Single(v => v.Latest);
        Assert.False(latest.Published);
        Assert.NotEqual(v1.ContentItemVersionId, latest.ContentItemVersionId);
        Assert.Equal("Lessons for grades 5 to 9.", Text(latest, "Summary"));
        Assert.Equal(v1.ContentItemVersionId, versions.Single(v => v.Published).ContentItemVersionId);
        var next = await browser.GetAsync("/admin");
        Assert.Equal("Version 1 was restored as a new draft. Review it and publish it when it is ready.", next.QuerySelector("main .notice")!.TextContent);
    }

    [Fact]
    public async Task Restore_without_the_anti_forgery_token_is_rejected_and_changes_nothing()
    {
        var (v1, _) = await TwoVersionsAsync("Forged restore platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        await browser.GetAsync(RestoreUrl(v1));
        var before = await StoreState.ReadAsync(site.Services);

        var response = await browser.PostAsync(RestoreUrl(v1), []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await StoreState.ReadAsync(site.Services));
    }

    [Fact]
    public async Task Restoring_the_latest_version_or_another_items_version_is_refused_and_changes_nothing()
    {
        var (v1, v2) = await TwoVersionsAsync("Bad restore platform");
        var other = await PublishedPlatformAsync(site, "Bad restore other platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync(RestoreUrl(v1));
        var token = page.QuerySelector<IHtmlInputElement>("form.restore-confirm input[name=__RequestVerificationToken]")!.Value;
        var before = await StoreState.ReadAsync(site.Services);

        var latestPage = await browser.GetResponseAsync(RestoreUrl(v2));
        var latest = await browser.PostAsync(RestoreUrl(v2), [new("__RequestVerificationToken", token)]);
        var foreign = await browser.PostAsync($"/admin/content/item/{v1.ContentItemId}/versions/{other.ContentItemVersionId}/restore", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.BadRequest, latestPage.StatusCode);
        var refused = await AdminBrowser.ParseAsync(latestPage);
        Assert.Contains("Version 2 is already the latest version", refused.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("form.restore-confirm"));
        Assert.Equal(HttpStatusCode.BadRequest, latest.StatusCode);
        Assert.Contains("Version 2 is already the latest version", (await AdminBrowser.ParseAsync(latest)).QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(before, await StoreState.ReadAsync(site.Services));
    }

    [Fact]
    public async Task An_author_sees_the_history_of_own_items_only()
    {
        await site.UserAsync("author-versions", ["Author"]);
        var (own, _) = await TwoVersionsAsync("Author's own platform", owner: "author-versions");
        var (others, _) = await TwoVersionsAsync("Someone else's platform");
        var browser = await AdminBrowser.SignedInAsync(site, "author-versions", EduHubSite.UserPassword);

        var page = await browser.GetAsync($"/admin/content/item/{own.ContentItemId}/versions");
        var history = await browser.GetResponseAsync($"/admin/content/item/{others.ContentItemId}/versions");
        var diff = await browser.GetResponseAsync($"/admin/content/item/{others.ContentItemId}/versions/diff");

        Assert.Equal(2, page.QuerySelectorAll("tbody tr[data-version]").Length);
        Assert.NotNull(page.QuerySelector("a.restore-link"));
        Assert.StartsWith("/admin/account/denied", history.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/denied", diff.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_may_not_restore_someone_elses_item()
    {
        await site.UserAsync("author-restore", ["Author"]);
        var (others, _) = await TwoVersionsAsync("Not the author's platform");
        var admin = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var adminPage = await admin.GetAsync($"/admin/content/item/{others.ContentItemId}/versions");
        var author = await AdminBrowser.SignedInAsync(site, "author-restore", EduHubSite.UserPassword);
        var authorPage = await author.GetAsync("/admin");
        var token = authorPage.QuerySelector<IHtmlInputElement>("form.admin-header__user input[name=__RequestVerificationToken]")!.Value;
        var before = await StoreState.ReadAsync(site.Services);

        var confirm = await author.GetResponseAsync(RestoreUrl(others));
        var response = await author.PostAsync(RestoreUrl(others), [new("__RequestVerificationToken", token)]);

        Assert.NotNull(adminPage.QuerySelector("a.restore-link"));
        Assert.StartsWith("/admin/account/denied", confirm.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(before, await StoreState.ReadAsync(site.Services));
    }

    [Fact]
    public async Task A_partner_is_denied_and_an_anonymous_visitor_is_sent_to_sign_in()
    {
        await site.UserAsync("partner-versions", ["Partner"]);
        var partner = await AdminBrowser.SignedInAsync(site, "partner-versions", EduHubSite.UserPassword);

        var denied = await partner.GetResponseAsync($"/admin/content/item/{Demo.HeravarPlatform}/versions");
        var anonymous = await new AdminBrowser(site).GetResponseAsync($"/admin/content/item/{Demo.HeravarPlatform}/versions");

        Assert.StartsWith("/admin/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetResponseAsync(denied.Headers.Location.PathAndQuery)).StatusCode);
        Assert.StartsWith("/admin/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_is_translated()
    {
        var (v1, _) = await TwoVersionsAsync("Translated history platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        browser.Language = "ru";

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions");

        Assert.Equal("История: Translated history platform", page.QuerySelector("main h1")!.TextContent);
    }

    [Theory]
    [InlineData("ru", "Восстановление версии 1: Translated restore platform", "Восстановить версию 1")]
    [InlineData("hy", "Վերականգնել «Translated restore platform»-ի 1 տարբերակը", "Վերականգնել 1 տարբերակը")]
    public async Task Restore_confirmation_is_translated(string language, string heading, string button)
    {
        var (v1, _) = await TwoVersionsAsync("Translated restore platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        browser.Language = language;

        var page = await browser.GetAsync(RestoreUrl(v1));

        Assert.Equal(heading, page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(button, page.QuerySelector("form.restore-confirm button[type=submit]")!.TextContent);
        Assert.DoesNotContain("Restoring it saves", page.QuerySelector("main .restore-summary")!.TextContent, StringComparison.Ordinal);
    }
}
