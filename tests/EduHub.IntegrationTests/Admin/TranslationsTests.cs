using System.Net;
using AngleSharp.Html.Dom;
using EduHub.Core.Contents;
using EduHub.IntegrationTests.Infrastructure;
using static EduHub.IntegrationTests.Admin.VersionsContent;

namespace EduHub.IntegrationTests.Admin;

public sealed class TranslationsTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string NcetHy = "ehiorg00000000000000ncethy";
    private const string NcetEn = "ehiorg00000000000000nceten";

    private static string? Culture(ContentItem item) => item.Part("LocalizationPart")?["Culture"]?.GetValue<string>();

    private static string? Set(ContentItem item) => item.Part("LocalizationPart")?["LocalizationSet"]?.GetValue<string>();

    [Fact]
    public async Task Page_lists_each_language_with_the_existing_translations_linked()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{NcetHy}/translations");

        var rows = page.QuerySelectorAll("table.translations tbody tr");
        Assert.Equal(["hy", "en", "ru"], rows.Select(r => r.GetAttribute("data-culture")));
        Assert.Equal($"/admin/content/item/{NcetHy}", rows[0].QuerySelector("td a")!.GetAttribute("href"));
        Assert.Equal($"/admin/content/item/{NcetEn}", rows[1].QuerySelector("td a")!.GetAttribute("href"));
        Assert.Null(rows[1].QuerySelector("form"));
        Assert.Equal("Create the ru translation", rows[2].QuerySelector("form button")!.TextContent);
    }

    [Fact]
    public async Task Creating_a_translation_copies_the_item_as_a_draft_in_the_same_localization_set()
    {
        var source = (await GetAsync(site, Demo.HeravarPlatform))!;
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync($"/admin/content/item/{Demo.HeravarPlatform}/translations");

        var response = await browser.SubmitAsync(page, "tr[data-culture=ru] form", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var newId = response.Headers.Location!.OriginalString.Split('/')[^1];
        Assert.Equal($"/admin/content/item/{newId}", response.Headers.Location.OriginalString);
        var created = (await GetAsync(site, newId))!;
        Assert.False(created.Published);
        Assert.Equal("ru", Culture(created));
        Assert.Equal(Set(source), Set(created));
        Assert.Equal(source.DisplayText, created.DisplayText);
        Assert.Equal(Text(source, "Summary"), Text(created, "Summary"));
        Assert.Equal("admin", created.Owner);
        var after = await browser.GetAsync($"/admin/content/item/{Demo.HeravarPlatform}/translations");
        Assert.Equal($"/admin/content/item/{newId}", after.QuerySelector("tr[data-culture=ru] td a")!.GetAttribute("href"));
        Assert.Contains("The ru translation was created as a draft, copied from the hy version.", after.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_can_be_created_from_an_english_item_too()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync($"/admin/content/item/{NcetEn}/translations");

        var response = await browser.SubmitAsync(page, "tr[data-culture=ru] form", []);

        var created = (await GetAsync(site, response.Headers.Location!.OriginalString.Split('/')[^1]))!;
        Assert.Equal("ru", Culture(created));
        Assert.Equal(Set((await GetAsync(site, NcetHy))!), Set(created));
    }

    [Fact]
    public async Task A_second_item_for_an_existing_language_is_refused_and_nothing_is_stored()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync($"/admin/content/item/{Demo.School187}/translations");
        var form = page.QuerySelectorAll("table.translations form").First();
        var before = await StoreState.ReadAsync(site.Services);

        var response = await browser.SubmitAsync(page, $"tr[data-culture={form.Closest("tr")!.GetAttribute("data-culture")}] form", new() { ["culture"] = "hy" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("The hy translation of this item already exists", (await AdminBrowser.ParseAsync(response)).QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await StoreState.ReadAsync(site.Services));
    }

    [Fact]
    public async Task A_language_the_site_does_not_have_is_refused_and_nothing_is_stored()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync($"/admin/content/item/{Demo.School203}/translations");
        var before = await StoreState.ReadAsync(site.Services);

        var response = await browser.SubmitAsync(page, "table.translations form", new() { ["culture"] = "de" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose one of the site's languages: hy, en, ru.", (await AdminBrowser.ParseAsync(response)).QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await StoreState.ReadAsync(site.Services));
    }

    [Fact]
    public async Task Creating_without_the_anti_forgery_token_is_rejected_and_nothing_is_stored()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        await browser.GetAsync($"/admin/content/item/{Demo.Mentor1}/translations");
        var before = await StoreState.ReadAsync(site.Services);

        var response = await browser.PostAsync($"/admin/content/item/{Demo.Mentor1}/translations?handler=Create", [new("culture", "ru")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await StoreState.ReadAsync(site.Services));
    }

    [Fact]
    public async Task Unknown_item_is_not_found_and_an_author_may_not_translate_someone_elses_item()
    {
        await site.UserAsync("author-translations", ["Author"]);
        var admin = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var author = await AdminBrowser.SignedInAsync(site, "author-translations", EduHubSite.UserPassword);

        var unknown = await admin.GetResponseAsync("/admin/content/item/zzzzzzzzzzzzzzzzzzzzzzzzzz/translations");
        var others = await author.GetResponseAsync($"/admin/content/item/{Demo.HeravarPlatform}/translations");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.StartsWith("/admin/account/denied", others.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_translates_own_items()
    {
        await site.UserAsync("author-own-translation", ["Author"]);
        var own = await PublishedPlatformAsync(site, "Author's platform to translate", owner: "author-own-translation");
        var browser = await AdminBrowser.SignedInAsync(site, "author-own-translation", EduHubSite.UserPassword);
        var page = await browser.GetAsync($"/admin/content/item/{own.ContentItemId}/translations");

        var response = await browser.SubmitAsync(page, "tr[data-culture=ru] form", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = (await GetAsync(site, response.Headers.Location!.OriginalString.Split('/')[^1]))!;
        Assert.Equal(("ru", "author-own-translation"), (Culture(created), created.Owner));
    }

    [Fact]
    public async Task A_partner_is_denied()
    {
        await site.UserAsync("partner-translations", ["Partner"]);
        var partner = await AdminBrowser.SignedInAsync(site, "partner-translations", EduHubSite.UserPassword);

        var response = await partner.GetResponseAsync($"/admin/content/item/{Demo.HeravarPlatform}/translations");

        Assert.StartsWith("/admin/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
