using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Metadata.Editing;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EduHub.IntegrationTests.Admin.VersionsContent;

namespace EduHub.IntegrationTests.Admin;

/// <summary>
/// The history shows the number the store gave each version, not its place in the list: here Platform keeps no history
/// (not versionable), so old versions are removed and the numbers left have gaps.
/// </summary>
public sealed class VersionNumbersTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private async Task WithoutHistoryAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<ContentDefinitionManager>().GetAsync();
        var type = snapshot.GetType("Platform")!;
        if (!type.TypeSettings.Versionable)
        {
            return;
        }

        var s = type.TypeSettings;
        var result = await scope.ServiceProvider.GetRequiredService<ContentDefinitionEditor>().ApplyAsync(
            new UpdateTypeEdit("Platform", type.DisplayName ?? "Platform", s.Description, s.Creatable, s.Listable, s.Draftable, Versionable: false, s.Securable),
            "admin", CancellationToken.None);
        Assert.Null(result.Problem);
    }

    /// <summary>Version 1 published, 2 published, 3 a draft: version 1 is pruned, so the list holds 2 and 3.</summary>
    private async Task<ContentItem> ItemWithoutItsFirstVersionAsync(string title)
    {
        await WithoutHistoryAsync();
        var v1 = await PublishedPlatformAsync(site, title);
        await DraftAsync(site, v1.ContentItemId, item => SetText(item, "Summary", "Second version."));
        var published = await RunAsync(site, content => content.PublishAsync(v1.ContentItemId));
        Assert.True(published.Succeeded, published.Message);
        await DraftAsync(site, v1.ContentItemId, item => SetText(item, "Summary", "Third version."));
        Assert.Equal(2, (await VersionsAsync(site, v1.ContentItemId)).Count);
        return v1;
    }

    private static IReadOnlyList<string> Numbers(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr[data-version] th").Select(th => th.FirstChild!.TextContent.Trim()).ToList();

    [Fact]
    public async Task History_shows_the_stored_version_numbers_not_list_positions()
    {
        var v1 = await ItemWithoutItsFirstVersionAsync("Numbered platform");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions");

        Assert.Equal(["3", "2"], Numbers(page));
        Assert.Equal("Restore version 2", page.QuerySelector("a.restore-link")!.TextContent);
        var diff = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions/diff");
        var compared = diff.QuerySelectorAll("table.diff-versions tbody tr")[0].QuerySelectorAll("td").Select(td => td.FirstChild!.TextContent.Trim());
        Assert.Equal(["2", "3"], compared);
    }

    [Fact]
    public async Task Discarding_the_draft_does_not_renumber_the_versions_left()
    {
        var v1 = await ItemWithoutItsFirstVersionAsync("Discarded draft platform");
        var discarded = await RunAsync(site, content => content.DiscardDraftAsync(v1.ContentItemId));
        Assert.True(discarded.Succeeded, discarded.Message);
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions");

        Assert.Equal(["2"], Numbers(page));
    }

    [Fact]
    public async Task Restore_confirmation_and_notice_name_the_stored_number()
    {
        var v1 = await ItemWithoutItsFirstVersionAsync("Restore numbered platform");
        var versions = await VersionsAsync(site, v1.ContentItemId);
        var second = versions.Single(v => v.Published);
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions/{second.ContentItemVersionId}/restore");
        var response = await browser.SubmitAsync(page, "main form.restore-confirm", []);

        Assert.Equal("Restore version 2 of Restore numbered platform", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var next = await browser.GetAsync("/admin");
        Assert.Equal("Version 2 was restored as a new draft. Review it and publish it when it is ready.", next.QuerySelector("main .notice")!.TextContent);
        Assert.Equal(["4", "2"], Numbers(await browser.GetAsync($"/admin/content/item/{v1.ContentItemId}/versions")));
    }
}
