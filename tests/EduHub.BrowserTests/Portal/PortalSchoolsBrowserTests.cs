using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Portal;

/// <summary>The public schools and safety pages in a real browser: keyboard use, axe, and phone-sized screenshots.</summary>
public sealed class PortalSchoolsBrowserTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    private const int MaxTabs = 60;

    [Fact]
    public Task A_visitor_reaches_a_school_page_with_the_keyboard_only() => RunAsync(async page =>
    {
        await page.GotoAsync("/en/");

        await TabToAsync(page, "a[href='/en/schools']");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/en/schools$"));

        await TabToAsync(page, "#schools-q");
        await page.Keyboard.TypeAsync("203");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/en/schools\\?.*q=203"));

        await TabToAsync(page, "main .cards a[href='/en/schools/yerevan-203']");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/en/schools/yerevan-203$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Yerevan High School No. 203");
        await AssertPageIsCleanAsync();
    });

    [Theory]
    [InlineData("home", "/en/")]
    [InlineData("schools", "/hy/schools?region=AM-SH")]
    [InlineData("school", "/en/schools/yerevan-203")]
    [InlineData("safety", "/ru/safety")]
    [InlineData("guide", "/hy/safety/guide-for-children")]
    [InlineData("support", "/en/support")]
    [InlineData("news", "/en/news")]
    public Task A_portal_page_passes_axe_on_a_phone_and_is_saved_as_a_screenshot(string name, string url) => RunAsync(async page =>
    {
        await page.SetViewportSizeAsync(360, 640);

        await page.GotoAsync(url);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        var folder = Path.Combine(FailureArtefacts.Folder, "portal-360x640");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"{url} scrolls sideways on a 360 px screen.");
        await AssertPageIsCleanAsync();
    });

    /// <summary>Presses Tab until the element matched by <paramref name="selector"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        var target = page.Locator(selector).First;
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{selector} was not reached with {MaxTabs} presses of Tab on {page.Url}.");
    }
}
