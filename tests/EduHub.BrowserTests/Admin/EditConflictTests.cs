using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Admin;

public sealed class EditConflictTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task Second_save_of_the_same_item_shows_the_conflict_keeps_the_input_and_is_resolved_on_the_latest_version() => RunAsync(async page =>
    {
        var title = $"Conflict platform {Guid.NewGuid():n}"[..34];
        var created = await Site.SaveAsync(SiteApi.Platform(title, Demo.NcetOrganization), publish: true);
        var id = created["ContentItemId"]!.GetValue<string>();
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);

        // Two tabs open the same version of the item.
        await page.GotoAsync($"/admin/content/item/{id}");
        var theirs = await Context.NewPageAsync();
        await theirs.GotoAsync($"/admin/content/item/{id}");

        // The other tab saves first.
        await theirs.Locator("#f-Platform-Summary").FillAsync("Their summary: grades 1 to 4.");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(theirs.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as a draft.");
        await theirs.CloseAsync();

        // This tab's save is based on the old version: refused, with its input kept.
        await page.Locator("#f-Platform-Summary").FillAsync("My summary: grades 5 to 9.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();

        var conflict = page.Locator("[data-conflict]");
        await Expect(conflict).ToContainTextAsync("Someone else changed this — review their version.");
        await Expect(conflict).ToContainTextAsync("Your changes were not saved and are still in the form below.");
        await Expect(page.Locator("#f-Platform-Summary")).ToHaveValueAsync("My summary: grades 5 to 9.");
        await AssertPageIsCleanAsync();
        Assert.Equal("Their summary: grades 1 to 4.", (await Site.GetLatestAsync(id))["Platform"]!["Summary"]!["Text"]!.GetValue<string>());

        // Review their version in a new tab.
        var review = await page.RunAndWaitForPopupAsync(() => conflict.GetByRole(AriaRole.Link, new() { Name = "Open their version (in a new tab)" }).ClickAsync());
        await Expect(review.Locator("#f-Platform-Summary")).ToHaveValueAsync("Their summary: grades 1 to 4.");
        await review.CloseAsync();

        // Resolve: reopen the editor on the latest version, merge both changes and save.
        await page.GotoAsync($"/admin/content/item/{id}");
        await Expect(page.Locator("#f-Platform-Summary")).ToHaveValueAsync("Their summary: grades 1 to 4.");
        await page.Locator("#f-Platform-Summary").FillAsync("Merged summary: grades 1 to 9.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/admin/content/item/{id}$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as a draft.");
        await Expect(page.Locator("[data-conflict]")).ToHaveCountAsync(0);
        await AssertPageIsCleanAsync();
        Assert.Equal("Merged summary: grades 1 to 9.", (await Site.GetLatestAsync(id))["Platform"]!["Summary"]!["Text"]!.GetValue<string>());
    });
}
