using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Admin;

public sealed class AccountsPasswordResetTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string NewPassword = "Brand-New-Pass-2";

    [Fact]
    public async Task The_sign_in_page_links_to_the_forgot_password_page_which_renders_for_anonymous_visitors()
    {
        var browser = new AdminBrowser(site);

        var signIn = await browser.GetAsync("/admin/account/signin");
        var page = await browser.GetAsync("/admin/account/forgot-password");

        Assert.Contains(signIn.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/admin/account/forgot-password");
        Assert.Equal("Forgot your password?", page.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main form input[name=Email]"));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_known_and_unknown_addresses_and_mails_only_the_known_one()
    {
        await site.UserAsync("reset-known", ["Editor"]);
        var browser = new AdminBrowser(site);
        var page = await browser.GetAsync("/admin/account/forgot-password");

        var known = await browser.SubmitAsync(page, "main form", new() { ["Email"] = "reset-known@example.org" });
        var unknown = await browser.SubmitAsync(page, "main form", new() { ["Email"] = "nobody-here@example.org" });

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        await AccountsMailbox.DeliveredAsync(site.Services);
        var knownText = (await AdminBrowser.ParseAsync(known)).QuerySelector("main")!.TextContent;
        var unknownText = (await AdminBrowser.ParseAsync(unknown)).QuerySelector("main")!.TextContent;
        Assert.Equal(knownText, unknownText);
        Assert.Contains("If an account uses this address", knownText, StringComparison.Ordinal);
        var mail = Assert.Single(AccountsMailbox.To(site, "reset-known@example.org"));
        Assert.Equal("Reset your EduHub password", mail.Subject);
        Assert.Empty(AccountsMailbox.To(site, "nobody-here@example.org"));
    }

    [Theory]
    [InlineData("", "Enter the e-mail address of your account.")]
    [InlineData("not-an-address", "Enter a valid e-mail address.")]
    public async Task Forgot_password_with_a_bad_address_says_so_next_to_the_field_and_sends_nothing(string email, string message)
    {
        var browser = new AdminBrowser(site);
        var page = await browser.GetAsync("/admin/account/forgot-password");

        var response = await browser.SubmitAsync(page, "main form", new() { ["Email"] = email });

        var result = await AdminBrowser.ParseAsync(response);
        Assert.Equal(message, result.QuerySelector("[data-valmsg-for=Email]")!.TextContent.Trim());
        await AccountsMailbox.DeliveredAsync(site.Services);
        Assert.Empty(AccountsMailbox.To(site, email));
    }

    [Fact]
    public async Task Reset_link_sets_a_new_password_once()
    {
        await site.UserAsync("reset-flow", ["Editor"]);
        var browser = new AdminBrowser(site);
        await RequestLinkAsync(browser, "reset-flow@example.org");
        var link = AccountsMailbox.LastLink(site, "reset-flow@example.org");

        var page = await browser.GetAsync(link);
        Assert.Equal("Choose a new password", page.QuerySelector("main h1")!.TextContent);
        Assert.Contains("At least 10 characters", page.QuerySelector("#password-hint")!.TextContent, StringComparison.Ordinal);
        var response = await browser.SubmitAsync(page, "main form", new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal("/admin/account/signin", response.Headers.Location!.OriginalString, ignoreCase: true);
        var signIn = await browser.FollowAsync(response);
        Assert.Contains("Your password has been set", signIn.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).SignInAsync("reset-flow", NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await new AdminBrowser(site).SignInAsync("reset-flow", EduHubSite.UserPassword)).StatusCode);
        var reused = await browser.GetAsync(link);
        Assert.Contains("This link has expired or is not valid", reused.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(reused.QuerySelector("input[name=NewPassword]"));
    }

    [Fact]
    public async Task A_tampered_link_is_refused_and_changes_nothing()
    {
        await site.UserAsync("reset-tampered", ["Editor"]);
        var browser = new AdminBrowser(site);
        await RequestLinkAsync(browser, "reset-tampered@example.org");
        var link = AccountsMailbox.LastLink(site, "reset-tampered@example.org");
        var page = await browser.GetAsync(link);
        var code = page.QuerySelector("input[name=Code]")!.GetAttribute("value")!;
        var tampered = code[..10] + (code[10] == 'A' ? 'B' : 'A') + code[11..];

        var shown = await browser.GetAsync(link.Replace(code, tampered, StringComparison.Ordinal));
        var posted = await browser.SubmitAsync(page, "main form", new() { ["Code"] = tampered, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Contains("This link has expired or is not valid", shown.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("This link has expired or is not valid", (await AdminBrowser.ParseAsync(posted)).QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await new AdminBrowser(site).SignInAsync("reset-tampered", NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).SignInAsync("reset-tampered", EduHubSite.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task A_link_for_an_unknown_user_is_refused()
    {
        var page = await new AdminBrowser(site).GetAsync("/admin/account/reset-password?userId=no-such-user&code=abc");

        Assert.Contains("This link has expired or is not valid", page.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short1A", "short1A", "NewPassword", "The password must have at least 10 characters.")]
    [InlineData("alllowercase-letters-9", "alllowercase-letters-9", "NewPassword", "The password must contain an upper-case letter (A–Z).")]
    [InlineData(NewPassword, "Something-Else-3", "ConfirmPassword", "The two passwords are not the same.")]
    public async Task A_weak_or_mistyped_password_gets_a_message_next_to_the_field_and_the_old_password_stays(string password, string confirm, string field, string message)
    {
        var userName = "reset-weak-" + field.ToLowerInvariant() + password.Length;
        await site.UserAsync(userName, ["Editor"]);
        var browser = new AdminBrowser(site);
        await RequestLinkAsync(browser, $"{userName}@example.org");
        var page = await browser.GetAsync(AccountsMailbox.LastLink(site, $"{userName}@example.org"));

        var response = await browser.SubmitAsync(page, "main form", new() { ["NewPassword"] = password, ["ConfirmPassword"] = confirm });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await AdminBrowser.ParseAsync(response);
        Assert.Contains(message, result.QuerySelector($"[data-valmsg-for={field}]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).SignInAsync(userName, EduHubSite.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task Reset_without_the_anti_forgery_token_is_rejected_and_changes_nothing()
    {
        await site.UserAsync("reset-csrf", ["Editor"]);
        var browser = new AdminBrowser(site);
        await RequestLinkAsync(browser, "reset-csrf@example.org");
        var page = await browser.GetAsync(AccountsMailbox.LastLink(site, "reset-csrf@example.org"));
        var fields = new Dictionary<string, string>
        {
            ["UserId"] = page.QuerySelector("input[name=UserId]")!.GetAttribute("value")!,
            ["Code"] = page.QuerySelector("input[name=Code]")!.GetAttribute("value")!,
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        };

        var response = await browser.PostAsync("/admin/account/reset-password", fields);
        var forgot = await browser.PostAsync("/admin/account/forgot-password", new Dictionary<string, string> { ["Email"] = "reset-csrf@example.org" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forgot.StatusCode);
        await AccountsMailbox.DeliveredAsync(site.Services);
        Assert.Single(AccountsMailbox.To(site, "reset-csrf@example.org"));
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).SignInAsync("reset-csrf", EduHubSite.UserPassword)).StatusCode);
    }

    private async Task RequestLinkAsync(AdminBrowser browser, string email)
    {
        var page = await browser.GetAsync("/admin/account/forgot-password");
        var response = await browser.SubmitAsync(page, "main form", new() { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AccountsMailbox.DeliveredAsync(site.Services);
    }
}
