using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Admin;

public sealed class ContentTypesTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task Administrator_walks_from_the_type_list_to_a_field_and_the_history_by_links() => RunAsync(async page =>
    {
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync("/admin");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Content types" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Content types", Level = 1 })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        await page.Locator("main table").GetByRole(AriaRole.Link, new() { Name = "Platform", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/types/Platform$", RegexOptions.IgnoreCase));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Platform");
        await AssertPageIsCleanAsync();

        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Summary", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/types/Platform/fields/Summary$", RegexOptions.IgnoreCase));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("TextField");
        await AssertPageIsCleanAsync();

        await page.GotoAsync("/admin/types");
        await page.GetByRole(AriaRole.Link, new() { Name = "History of the definitions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History of the definitions", Level = 1 })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();
    });

    [Fact]
    public Task A_new_type_needs_a_valid_technical_name() => RunAsync(async page =>
    {
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync("/admin/types");

        await page.GetByLabel("Display name").FillAsync("Browser test type");
        await page.GetByLabel("Technical name").FillAsync("1 not valid");
        await page.Locator("#create-type").GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for=TypeName]")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("main table")).Not.ToContainTextAsync("Browser test type");
        await AssertPageIsCleanAsync();
    });
}
