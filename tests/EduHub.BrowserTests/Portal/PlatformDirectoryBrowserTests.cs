using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Portal;

/// <summary>The public platform directory in a real browser: suggestions by keyboard, a filter, the platform page, axe, a phone-sized screenshot.</summary>
public sealed class PlatformDirectoryBrowserTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task A_visitor_finds_a_platform_with_suggestions_and_the_keyboard_filters_and_opens_it() => RunAsync(async page =>
    {
        await page.GotoAsync("/en/platforms");
        await AssertPageIsCleanAsync();

        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Search platforms" });
        await search.FocusAsync();
        // The demo is indexed in the background after start: type again until suggestions come.
        var listbox = page.GetByRole(AriaRole.Listbox);
        for (var attempt = 0; attempt < 60 && !await listbox.IsVisibleAsync(); attempt++)
        {
            await search.FillAsync("");
            await search.PressSequentiallyAsync("zoo");
            await page.WaitForTimeoutAsync(500);
        }

        await Expect(listbox).ToBeVisibleAsync();
        await Expect(search).ToHaveAttributeAsync("aria-expanded", "true");
        await search.PressAsync("ArrowDown");
        await Expect(search).ToHaveAttributeAsync("aria-activedescendant", "platform-q-option-0");
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Zoom video lessons" })).ToHaveAttributeAsync("aria-selected", "true");
        await search.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/en/platforms\\?q=Zoom"));
        await Expect(page.Locator(".platform-card h2 a").First).ToHaveTextAsync("Zoom video lessons");

        await page.GotoAsync("/en/platforms");
        await page.Locator("summary", new() { HasTextString = "Cost" }).ClickAsync();
        await page.GetByLabel(new Regex("^Free with paid options")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show platforms" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("cost=freemium"));
        await Expect(page.Locator(".platform-card")).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Link, new() { Name = "Zoom video lessons" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/en/platforms/zoom$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Zoom video lessons");
        await AssertPageIsCleanAsync();
    });

    [Theory]
    [InlineData("/hy/platforms", "platforms-hy")]
    [InlineData("/ru/platforms", "platforms-ru")]
    [InlineData("/hy/platforms/zoom", "platform-zoom-hy")]
    public Task Directory_and_platform_page_pass_axe_and_fit_a_phone(string url, string name) => RunAsync(async page =>
    {
        await page.SetViewportSizeAsync(360, 640);
        await page.GotoAsync(url);

        await AssertPageIsCleanAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Directory.CreateDirectory(FailureArtefacts.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(FailureArtefacts.Folder, $"mobile-360x640-{name}.png") });
        Assert.True(scrollWidth <= 360, $"{url} scrolls sideways at 360 px ({scrollWidth} px wide).");
    });
}
