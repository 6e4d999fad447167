using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Admin;

public sealed class SignInTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task Administrator_signs_in_from_the_page_they_asked_for_and_sees_the_dashboard() => RunAsync(async page =>
    {
        await page.GotoAsync("/admin");

        await Expect(page).ToHaveURLAsync(new Regex("/admin/account/signin\\?ReturnUrl=%2Fadmin", RegexOptions.IgnoreCase));
        await Expect(page.GetByLabel("User name")).ToBeFocusedAsync();
        await AssertPageIsCleanAsync();

        await page.GetByLabel("User name").FillAsync(BrowserSite.AdminUserName);
        await page.GetByLabel("Password").FillAsync(BrowserSite.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Platform");
        await AssertPageIsCleanAsync();
    });

    [Fact]
    public Task Wrong_password_and_unknown_user_get_the_same_message_and_stay_signed_out() => RunAsync(async page =>
    {
        await page.GotoAsync(AdminPages.SignIn);
        await AdminPages.FillSignInAsync(page, BrowserSite.AdminUserName, "Wrong-Password-1");
        var wrongPassword = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        await AssertPageIsCleanAsync();

        await AdminPages.FillSignInAsync(page, "nobody-of-that-name", "Wrong-Password-1");
        var unknownUser = await page.GetByRole(AriaRole.Alert).InnerTextAsync();

        Assert.Contains("Sign-in failed", wrongPassword, StringComparison.Ordinal);
        Assert.Equal(wrongPassword, unknownUser);
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/account/signin", RegexOptions.IgnoreCase));
    });

    [Fact]
    public Task Empty_fields_get_their_messages_next_to_them() => RunAsync(async page =>
    {
        await page.GotoAsync(AdminPages.SignIn);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for=UserName]")).ToHaveTextAsync("Enter your user name.");
        await Expect(page.Locator("[data-valmsg-for=Password]")).ToHaveTextAsync("Enter your password.");
        await AssertPageIsCleanAsync();
    });

    [Fact]
    public Task Signed_in_user_signs_out_and_the_admin_asks_for_sign_in_again() => RunAsync(async page =>
    {
        await AdminPages.SignInAsync(page, BrowserSite.AdminUserName, BrowserSite.AdminPassword);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/admin");

        await Expect(page).ToHaveURLAsync(new Regex("/admin/account/signin", RegexOptions.IgnoreCase));
    });

    [Fact]
    public Task The_language_switcher_turns_the_admin_Armenian() => RunAsync(async page =>
    {
        await page.GotoAsync(AdminPages.SignIn);

        await page.GetByRole(AriaRole.Button, new() { Name = "Հայերեն" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "hy");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Հայերեն" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToContainTextAsync("Sign in");
        await AssertPageIsCleanAsync();
    });

    [Fact]
    public Task A_user_without_admin_access_is_told_so_after_signing_in() => RunAsync(async page =>
    {
        await Site.UserAsync("no-admin-rights", []);

        await page.GotoAsync("/admin");
        await AdminPages.FillSignInAsync(page, "no-admin-rights", BrowserSite.UserPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/admin/account/denied", RegexOptions.IgnoreCase));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied", Level = 1 })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();
    });
}
