using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Admin;

public sealed class TaxonomyTermsTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task Administrator_adds_a_language_term_moves_it_up_and_removes_it_by_links_and_buttons() => RunAsync(async page =>
    {
        var name = $"Lang {Guid.NewGuid():n}"[..12];
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync("/admin");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Taxonomies and terms" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taxonomies", Level = 1 })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        await page.Locator("main table").GetByRole(AriaRole.Link, new() { Name = "Languages", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Languages", Level = 1 })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a term" }).ClickAsync();
        await page.Locator("#t-Title").FillAsync("Լատիներեն");
        await page.Locator("#t-Language-Code").FillAsync("BAD CODE");
        await page.Locator("#t-Language-NameEn").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the term" }).ClickAsync();
        await Expect(page.Locator("[data-field='Language.NameRu'] .field-error")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-field='Language.Code'] .field-error")).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        await page.Locator("#t-Language-Code").FillAsync("la");
        await page.Locator("#t-Language-NameRu").FillAsync("Латинский");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the term" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Լատիներեն");
        var row = page.Locator("table.terms tbody tr").Filter(new() { HasText = name });
        await Expect(row).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        var before = await page.Locator("table.terms tbody tr").CountAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
        await Expect(page.Locator("table.terms tbody tr").Nth(before - 2)).ToContainTextAsync(name);

        await page.Locator("table.terms tbody tr").Filter(new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "Remove" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Լատիներեն");
        await AssertPageIsCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove the term" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/taxonomies/[0-9a-z]{26}$"));
        await Expect(page.Locator("table.terms")).Not.ToContainTextAsync(name);
    });

    [Fact]
    public Task A_used_term_cannot_be_removed_and_the_page_says_how_many_items_use_it() => RunAsync(async page =>
    {
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync($"/admin/taxonomies/{Demo.SubjectsTaxonomy}/terms/{Demo.Mathematics}/remove");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("content items use it");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove the term" })).ToHaveCountAsync(0);
        await AssertPageIsCleanAsync();
    });

    [Fact]
    public Task The_html_toolbar_speaks_Armenian_for_an_Armenian_editor() => RunAsync(async page =>
    {
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync("/admin/content/Platform/create");
        await page.GetByRole(AriaRole.Button, new() { Name = "Հայերեն" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "hy");
        await page.GotoAsync("/admin/content/Platform/create");

        var area = page.Locator("textarea[data-editor=html]").First;
        var toolbar = page.GetByRole(AriaRole.Toolbar).First;
        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Թավ", Exact = true })).ToBeVisibleAsync();
        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Կետանշված ցանկ", Exact = true })).ToHaveTextAsync("• Ցանկ");
        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "H2 վերնագիր", Exact = true })).ToBeVisibleAsync();
        await area.FillAsync("բառ");
        await area.SelectTextAsync();
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Թավ", Exact = true }).ClickAsync();
        await Expect(area).ToHaveValueAsync("<strong>բառ</strong>");
        await AssertPageIsCleanAsync();
    });
}
