using System.Net;
using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Admin;

public sealed class ReviewInboxTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task Editor_approves_a_submitted_listing_from_the_inbox_and_it_goes_live() => RunAsync(async page =>
    {
        var title = $"Inbox listing {Guid.NewGuid():n}"[..30];
        var id = await Site.SubmittedListingAsync("partner-inbox", title);
        await Site.UserAsync("editor-inbox", ["Editor"]);
        await SignInAsAsync("editor-inbox");

        await page.GotoAsync("/admin/workflows/inbox");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review inbox", Level = 1 })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(title)) }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        await AssertPageIsCleanAsync();
        using (var anonymous = Site.Http())
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}")).StatusCode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/workflows/inbox$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(title);
        await Expect(page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(title)) })).ToHaveCountAsync(0);
        await AssertPageIsCleanAsync();
        using (var anonymous = Site.Http())
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/content/{id}")).StatusCode);
        }
    });

    [Fact]
    public Task Rejecting_without_the_required_reason_is_refused_next_to_the_comment() => RunAsync(async page =>
    {
        var title = $"Reject listing {Guid.NewGuid():n}"[..30];
        await Site.SubmittedListingAsync("partner-reject", title);
        await Site.UserAsync("editor-reject", ["Editor"]);
        await SignInAsAsync("editor-reject");
        await page.GotoAsync("/admin/workflows/inbox");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(title)) }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for=Comment]")).Not.ToBeEmptyAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();
    });
}
