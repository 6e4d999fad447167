using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Portal;

/// <summary>
/// The partner's first steps in a real browser: apply on the portal, an editor approves in the admin inbox, the
/// partner signs in and sees the dashboard and profile; axe on each partner page, and a phone-sized screenshot.
/// </summary>
public sealed class PartnerOnboardingTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task An_organisation_applies_is_approved_and_its_partner_signs_in() => RunAsync(async page =>
    {
        var name = $"Browser partner {Guid.NewGuid():n}"[..32];
        var userName = $"bp-{Guid.NewGuid():n}"[..20];

        await page.GotoAsync("/partners/en/apply");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Apply as a partner organisation", Level = 1 })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for=OrganizationName]")).ToHaveTextAsync("Enter the organisation's name.");
        await AssertPageIsCleanAsync();

        await page.GetByLabel("Name of the organisation").FillAsync(name);
        await page.GetByLabel("Kind of organisation").SelectOptionAsync("ngo");
        await page.GetByLabel("Website").FillAsync($"https://{Guid.NewGuid():n}.example.am");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Your e-mail address").FillAsync($"{userName}@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(BrowserSite.UserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/partners/en/apply/received$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Application received", Level = 1 })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        await Site.UserAsync("editor-partner-onboarding", ["Editor"]);
        await SignInAsAsync("editor-partner-onboarding");
        await page.GotoAsync("/admin/workflows/inbox");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(name)) }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/workflows/inbox$"));
        await Context.ClearCookiesAsync();

        await page.GotoAsync("/partners/en/");
        await Expect(page).ToHaveURLAsync(new Regex("/partners/en/signin"));
        await AssertPageIsCleanAsync();
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(BrowserSite.UserPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/partners/en/$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(page.Locator(".partner-status strong")).ToHaveTextAsync("Published");
        await AssertPageIsCleanAsync();
        await page.SetViewportSizeAsync(360, 640);
        await Screenshots.SaveAsync(page, "partner-dashboard-360x640");

        await page.GetByRole(AriaRole.Link, new() { Name = "My organisation's profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Published version" })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the profile" }).ClickAsync();
        await page.GetByLabel("Description (simple HTML: paragraphs, lists, links)").FillAsync("<p>Online lessons.</p><script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and send for review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Changes pending review" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("such as scripts");
        await AssertPageIsCleanAsync();
        await Screenshots.SaveAsync(page, "partner-organisation-360x640");
    });
}
