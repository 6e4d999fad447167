using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Portal;

/// <summary>The header's language switch keeps the visitor on the same page, and says when a translation is missing.</summary>
public sealed class LanguageSwitchTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task The_switch_keeps_the_page_and_falls_back_to_Armenian_with_a_notice() => RunAsync(async page =>
    {
        await page.GotoAsync("/hy/platforms/heravar");
        var languages = page.GetByRole(AriaRole.Navigation, new() { Name = "Լեզու" });

        await languages.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/en/platforms/heravar$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Distance learning hub (heravar.armedu.am)");
        await AssertPageIsCleanAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/ru/platforms/heravar$"));
        await Expect(page.Locator("main .notice")).ToHaveTextAsync("Эта страница ещё не переведена; она показана на армянском.");
        await AssertPageIsCleanAsync();
    });
}
