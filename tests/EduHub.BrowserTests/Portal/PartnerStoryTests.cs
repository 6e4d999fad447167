using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Portal;

/// <summary>
/// The whole story of issue 7 in a real browser, in Armenian (the site's default culture): an organisation applies,
/// an editor approves it in the admin inbox, the partner signs in and submits a platform, the editor requests
/// changes with a comment, the partner reads it in the review history, fixes and resubmits, the editor approves,
/// and the platform is in the public directory, on its public page, in the search API and in GraphQL. Fields
/// are found by their names (the labels are Armenian); axe on every partner and public page passed through.
/// </summary>
public sealed class PartnerStoryTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    private const string Editor = "editor-partner-story";

    [Fact]
    public Task An_organisation_applies_lists_a_platform_through_review_with_changes_and_it_goes_public() => RunAsync(async page =>
    {
        var organisation = $"Story partner {Guid.NewGuid():n}"[..32];
        var userName = $"sp-{Guid.NewGuid():n}"[..20];
        // One word, so that the search and the directory find exactly this platform.
        var token = $"storyplt{Guid.NewGuid():n}"[..24];
        var title = $"Story platform {token}";
        var comment = $"Please describe the grades more precisely ({token}).";

        // 1. The organisation applies.
        await page.GotoAsync("/partners/hy/apply");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "hy");
        await AssertPageIsCleanAsync();
        await page.Locator("input[name=OrganizationName]").FillAsync(organisation);
        await page.Locator("select[name=Kind]").SelectOptionAsync("ngo");
        await page.Locator("input[name=Website]").FillAsync($"https://{Guid.NewGuid():n}.example.am");
        await page.Locator("input[name=UserName]").FillAsync(userName);
        await page.Locator("input[name=Email]").FillAsync($"{userName}@example.org");
        await page.Locator("input[name=Password]").FillAsync(BrowserSite.UserPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/partners/hy/apply/received$"));
        await AssertPageIsCleanAsync();

        // 2. An editor approves the organisation in the inbox.
        await Site.UserAsync(Editor, ["Editor"]);
        await DecideAsync(organisation, "Approve");

        // 3. The partner signs in and creates a platform.
        await page.GotoAsync("/partners/hy/signin");
        await AssertPageIsCleanAsync();
        await page.Locator("input[name=UserName]").FillAsync(userName);
        await page.Locator("input[name=Password]").FillAsync(BrowserSite.UserPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/partners/hy/$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(organisation);
        var partnerCookies = await Context.CookiesAsync();

        await page.GotoAsync("/partners/hy/listings");
        await Expect(page.Locator("[data-empty]")).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();
        await page.Locator("main a[href='/partners/hy/listings/new/edit']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/partners/hy/listings/new/edit$"));
        await AssertPageIsCleanAsync();
        await page.Locator("[name='TitlePart.Title']").FillAsync(title);
        await page.Locator("[name='Platform.Summary']").FillAsync("Lessons for grades 5 to 9.");
        await page.Locator("[name='Platform.Website']").FillAsync($"https://{token}.example.am");
        await page.Locator("select[name='Platform.Cost']").SelectOptionAsync("free");
        await page.Locator($"input[name='Platform.Subjects'][value='{Demo.Mathematics}']").CheckAsync();
        await page.Locator("main form.content-form button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/partners/hy/listings/[0-9a-z]+$"));
        var listingUrl = new Uri(page.Url).AbsolutePath;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await AssertPageIsCleanAsync();

        // 4. The partner submits it for review.
        await page.Locator("form[action*='handler=Submit'] button").ClickAsync();
        await Expect(page.Locator("[data-notice]")).ToBeVisibleAsync();
        await Expect(page.Locator("form[action*='handler=Withdraw'] button")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-history]")).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        // 5. The editor requests changes with a comment.
        await DecideAsync(title, "Request changes", comment);

        // 6. The partner reads the comment in the review history, fixes the listing and resubmits.
        await Context.AddCookiesAsync(ToCookies(partnerCookies));
        await page.GotoAsync(listingUrl);
        await Expect(page.Locator("[data-history]")).ToContainTextAsync(comment);
        await Expect(page.Locator("form[action*='handler=Submit'] button")).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();
        await page.GotoAsync("/partners/hy/listings");
        await Expect(page.Locator("tr[data-listing]", new() { HasTextString = title })).ToHaveCountAsync(1);
        await AssertPageIsCleanAsync();

        await page.GotoAsync(listingUrl + "/edit");
        await Expect(page.Locator("[name='TitlePart.Title']")).ToHaveValueAsync(title);
        await AssertPageIsCleanAsync();
        await page.Locator("[name='Platform.Summary']").FillAsync("Mathematics lessons for grades 5 to 9, with video and exercises.");
        await page.Locator("main form.content-form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(listingUrl) + "$"));
        await page.Locator("form[action*='handler=Submit'] button").ClickAsync();
        await Expect(page.Locator("[data-notice]")).ToBeVisibleAsync();
        await Expect(page.Locator("form[action*='handler=Withdraw'] button")).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        // 7. The editor approves.
        await DecideAsync(title, "Approve");

        // 8. The platform is public: directory (the search index is updated in the background: poll), its page,
        // the search API and GraphQL.
        var card = page.Locator(".platform-card h2 a", new() { HasTextString = title });
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await page.GotoAsync($"/hy/platforms?q={token}");
            if (await card.CountAsync() > 0)
            {
                break;
            }

            await page.WaitForTimeoutAsync(500);
        }

        await Expect(card).ToHaveCountAsync(1);
        await AssertPageIsCleanAsync();
        await card.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.Locator("main")).ToContainTextAsync("Mathematics lessons for grades 5 to 9");
        await AssertPageIsCleanAsync();
        await page.SetViewportSizeAsync(360, 640);
        await Screenshots.SaveAsync(page, "partner-story-platform-360x640");

        using var anonymous = Site.Http();
        var found = await PollAsync(async () =>
        {
            var response = await anonymous.GetAsync($"/api/search?q={token}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            return body.Contains(title, StringComparison.Ordinal) ? body : null;
        });
        Assert.NotNull(found);

        var query = new JsonObject { ["query"] = $"{{ platform(where: {{ displayText: \"{title}\" }}) {{ displayText }} }}" };
        var graph = await PollAsync(async () =>
        {
            var response = await anonymous.PostAsync("/api/graphql", new StringContent(query.ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return body["data"]?["platform"] is JsonArray { Count: > 0 } list ? list : null;
        });
        Assert.Equal(title, Assert.Single(graph!)!["displayText"]!.GetValue<string>());
    });

    /// <summary>As the editor (in a clean cookie jar): opens the item's review task from the inbox and decides; the partner's cookies are cleared.</summary>
    private async Task DecideAsync(string itemTitle, string decision, string? comment = null)
    {
        await Context.ClearCookiesAsync();
        await SignInAsAsync(Editor);
        await Page.GotoAsync("/admin/workflows/inbox");
        await Page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(itemTitle)) }).ClickAsync();
        if (comment is not null)
        {
            await Page.Locator("textarea[name=Comment]").FillAsync(comment);
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = decision, Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/workflows/inbox$"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync(itemTitle);
        await Context.ClearCookiesAsync();
    }

    private static IEnumerable<Microsoft.Playwright.Cookie> ToCookies(IReadOnlyList<BrowserContextCookiesResult> cookies) => cookies.Select(c => new Microsoft.Playwright.Cookie
    {
        Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
        HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
    });

    /// <summary>Asks again (up to 30 s) until the answer is there: publishing reaches the search index in the background.</summary>
    private static async Task<T?> PollAsync<T>(Func<Task<T?>> ask)
        where T : class
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var answer = await ask();
            if (answer is not null || DateTime.UtcNow > until)
            {
                return answer;
            }

            await Task.Delay(250);
        }
    }
}
