using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Admin;

public sealed class VersionHistoryTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task Administrator_compares_versions_and_restores_an_old_one_as_a_new_draft() => RunAsync(async page =>
    {
        var title = $"History platform {Guid.NewGuid():n}"[..33];
        var created = await Site.SaveAsync(SiteApi.Platform(title, Demo.NcetOrganization), publish: true);
        var id = created["ContentItemId"]!.GetValue<string>();
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync($"/admin/content/item/{id}");
        await page.Locator("#f-Platform-Summary").FillAsync("Lessons for grades 1 to 4.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as a draft.");

        // The history, newest first, by version number.
        await page.GotoAsync($"/admin/content/item/{id}/versions");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        var rows = page.Locator("tbody tr[data-version]");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0).Locator("th")).ToContainTextAsync("2");
        await Expect(rows.Nth(1).Locator("th")).ToContainTextAsync("1");
        await AssertPageIsCleanAsync();

        // The diff of the two versions.
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the selected versions" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/content/item/{id}/versions/diff"));
        var summary = page.Locator("table.diff tr.diff__field[data-field$='Summary']");
        await Expect(summary.Locator(".diff__old")).ToHaveTextAsync("Lessons for grades 5 to 9.");
        await Expect(summary.Locator(".diff__old del.diff-removed")).ToHaveTextAsync(["5", "9"]);
        await Expect(summary.Locator(".diff__new")).ToHaveTextAsync("Lessons for grades 1 to 4.");
        await Expect(summary.Locator(".diff__new ins.diff-added")).ToHaveTextAsync(["1", "4"]);
        await AssertPageIsCleanAsync();

        // Restore version 1: a confirmation page first, which shows what changes back.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the history" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Restore version 1" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/content/item/{id}/versions/[0-9a-z]{{26}}/restore$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Restore version 1 of {title}");
        await Expect(page.Locator("table.diff tr.diff__field[data-field$='Summary'] .diff__new")).ToHaveTextAsync("Lessons for grades 5 to 9.");
        Assert.Equal("Lessons for grades 1 to 4.", (await Site.GetLatestAsync(id))["Platform"]!["Summary"]!["Text"]!.GetValue<string>());
        await AssertPageIsCleanAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Restore version 1", Exact = true }).ClickAsync();

        // A new draft with the old values; the published version is untouched.
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/content/item/{id}$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 1 was restored as a new draft.");
        await Expect(page.Locator("#f-Platform-Summary")).ToHaveValueAsync("Lessons for grades 5 to 9.");
        await AssertPageIsCleanAsync();
        var latest = await Site.GetLatestAsync(id);
        Assert.False(latest["Published"]!.GetValue<bool>());
        Assert.Equal("Lessons for grades 5 to 9.", latest["Platform"]!["Summary"]!["Text"]!.GetValue<string>());
        Assert.Empty(Dialogs);

        await page.GotoAsync($"/admin/content/item/{id}/versions");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0).Locator("th")).ToContainTextAsync("3");
    });
}
