using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Admin;

public sealed class PlatformEditingTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task Administrator_creates_a_platform_with_picker_and_taxonomy_saves_a_draft_publishes_it_and_finds_it_in_graphql() => RunAsync(async page =>
    {
        var title = $"Browser platform {Guid.NewGuid():n}"[..32];
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync("/admin/content/Platform/create");
        await AssertPageIsCleanAsync();

        // Fields by their ids: their labels carry the localized "(required)" mark.
        await page.Locator("#f-TitlePart-Title").FillAsync(title);
        await page.Locator("#f-Platform-Summary").FillAsync("Lessons in mathematics for grades 5 to 9.");
        await page.Locator("#f-Platform-Website-url").FillAsync($"https://{Guid.NewGuid():n}.example.am");
        await page.Locator("#f-Platform-Provider").SelectOptionAsync(Demo.NcetOrganization);
        await page.Locator("#f-Platform-Cost").SelectOptionAsync("free");
        await page.Locator($"#f-Platform-Subjects input[value='{Demo.Mathematics}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/content/item/[0-9a-z]{26}"));
        var id = Regex.Match(page.Url, "/admin/content/item/([0-9a-z]{26})").Groups[1].Value;
        await AssertPageIsCleanAsync();
        var draft = await Site.GetLatestAsync(id);
        Assert.False(draft["Published"]!.GetValue<bool>());
        Assert.Contains(Demo.Mathematics, draft.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(Demo.NcetOrganization, draft.ToJsonString(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        var response = await page.APIRequest.PostAsync("/api/graphql", new()
        {
            DataObject = new { query = "{ platform(first: 100) { contentItemId displayText } }" },
        });
        var body = JsonNode.Parse(await response.TextAsync())!;
        Assert.Contains(body["data"]!["platform"]!.AsArray(), p => p!["contentItemId"]!.GetValue<string>() == id && p["displayText"]!.GetValue<string>() == title);
    });
}
