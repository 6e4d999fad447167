using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Admin;

public sealed class ContentBulkTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private async Task<string> DraftAsync(HttpClient client, string title)
    {
        var response = await client.PostJsonAsync("/api/content?draft=true", Items.Platform(title));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    private async Task<bool> IsLiveAsync(string id) => (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode == HttpStatusCode.OK;

    [Fact]
    public async Task Bulk_publish_asks_first_then_reports_each_item()
    {
        var a = await DraftAsync(site.Admin(), "Bulk A");
        var b = await DraftAsync(site.Admin(), "Bulk B");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var list = await browser.GetAsync("/admin/content/Platform?status=draft&q=Bulk");
        var form = list.QuerySelector("form.content-list")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(2, form.QuerySelectorAll("input[type=checkbox][name=id]").Length);

        var confirm = await browser.GetAsync($"/admin/content/Platform/bulk?action=publish&id={a}&id={b}");

        Assert.Equal(["Bulk A", "Bulk B"], confirm.QuerySelectorAll("table tbody th a").Select(x => x.TextContent).ToList());
        Assert.False(await IsLiveAsync(a));
        var results = await AdminBrowser.ParseAsync(await browser.SubmitAsync(confirm, "main form", []));
        Assert.Equal(["ok", "ok"], results.QuerySelectorAll("tr[data-result]").Select(r => r.GetAttribute("data-result")).ToList());
        Assert.True(await IsLiveAsync(a));
        Assert.True(await IsLiveAsync(b));
    }

    [Fact]
    public async Task Items_the_caller_may_not_change_are_reported_not_skipped()
    {
        await site.UserAsync("bulk-author", ["Author"]);
        var own = await DraftAsync(site.As("bulk-author"), "Bulk author's own");
        var browser = await AdminBrowser.SignedInAsync(site, "bulk-author", EduHubSite.UserPassword);

        var confirm = await browser.GetAsync($"/admin/content/Platform/bulk?action=unpublish&id={own}&id={Demo.HeravarPlatform}");

        Assert.Contains("You may not do this to 1 of these items", confirm.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        var results = await AdminBrowser.ParseAsync(await browser.SubmitAsync(confirm, "main form", []));
        Assert.Equal("failed", results.QuerySelector($"tr[data-id='{Demo.HeravarPlatform}']")!.GetAttribute("data-result"));
        Assert.Contains("Not allowed", results.QuerySelector($"tr[data-id='{Demo.HeravarPlatform}'] td")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ok", results.QuerySelector($"tr[data-id='{own}']")!.GetAttribute("data-result"));
        Assert.True(await IsLiveAsync(Demo.HeravarPlatform));
    }

    [Fact]
    public async Task Bulk_delete_removes_the_items()
    {
        var a = await DraftAsync(site.Admin(), "Bulk delete me");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var confirm = await browser.GetAsync($"/admin/content/Platform/bulk?action=delete&id={a}");
        Assert.Equal(HttpStatusCode.OK, (await site.Admin().GetAsync($"/api/content/{a}?version=latest")).StatusCode);
        await browser.SubmitAsync(confirm, "main form", []);

        Assert.Equal(HttpStatusCode.NotFound, (await site.Admin().GetAsync($"/api/content/{a}?version=latest")).StatusCode);
    }

    [Fact]
    public async Task Bulk_actions_need_the_anti_forgery_token()
    {
        var a = await DraftAsync(site.Admin(), "Bulk forged");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        await browser.GetAsync($"/admin/content/Platform/bulk?action=publish&id={a}");

        var response = await browser.PostAsync("/admin/content/Platform/bulk", [new("action", "publish"), new("id", a)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await IsLiveAsync(a));
    }

    [Fact]
    public async Task Unknown_actions_answer_404()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync($"/admin/content/Platform/bulk?action=explode&id={Demo.HeravarPlatform}")).StatusCode);
    }
}
