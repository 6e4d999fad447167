using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Admin;

public sealed class AccountsManageTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string NewPassword = "Changed-Pass-42";

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await new AdminBrowser(site).GetResponseAsync("/admin/account/manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_header_links_to_the_account_page_which_shows_the_user_and_the_password_rules()
    {
        await site.UserAsync("manage-editor", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "manage-editor", EduHubSite.UserPassword);

        var dashboard = await browser.GetAsync("/admin");
        var page = await browser.GetAsync("/admin/account/manage");

        Assert.Equal("/admin/account/manage", dashboard.QuerySelector(".admin-header__user a")!.GetAttribute("href"));
        Assert.Equal("Your account", page.QuerySelector("main h1")!.TextContent);
        Assert.Contains("manage-editor@example.org", page.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("At least 10 characters", page.QuerySelector("#password-hint")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/admin/account/manage/two-factor']"));
    }

    [Theory]
    [InlineData("Wrong-Password-9", NewPassword, NewPassword, "CurrentPassword", "The current password is not correct.")]
    [InlineData(EduHubSite.UserPassword, "tooshort", "tooshort", "NewPassword", "The password must have at least 10 characters.")]
    [InlineData(EduHubSite.UserPassword, "nodigits-Here-at-all", "nodigits-Here-at-all", "NewPassword", "The password must contain a digit (0–9).")]
    [InlineData(EduHubSite.UserPassword, NewPassword, "Other-Pass-43", "ConfirmPassword", "The two passwords are not the same.")]
    [InlineData("", NewPassword, NewPassword, "CurrentPassword", "Enter your current password.")]
    public async Task Bad_input_gets_a_message_next_to_the_field_and_the_password_stays(string current, string password, string confirm, string field, string message)
    {
        var userName = $"manage-bad-{field.Length}-{password.Length}-{current.Length}";
        await site.UserAsync(userName, ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, userName, EduHubSite.UserPassword);
        var page = await browser.GetAsync("/admin/account/manage");

        var response = await browser.SubmitAsync(page, "#change-password", new() { ["CurrentPassword"] = current, ["NewPassword"] = password, ["ConfirmPassword"] = confirm });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await AdminBrowser.ParseAsync(response);
        Assert.Equal(message, result.QuerySelector($"[data-valmsg-for={field}]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).SignInAsync(userName, EduHubSite.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_the_new_password_signs_in()
    {
        await site.UserAsync("manage-change", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "manage-change", EduHubSite.UserPassword);
        var page = await browser.GetAsync("/admin/account/manage");

        var response = await browser.SubmitAsync(page, "#change-password", new() { ["CurrentPassword"] = EduHubSite.UserPassword, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        var after = await browser.FollowAsync(response);
        Assert.Equal("Your password has been changed.", after.QuerySelector(".notice")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).SignInAsync("manage-change", NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await new AdminBrowser(site).SignInAsync("manage-change", EduHubSite.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_without_the_anti_forgery_token_is_rejected()
    {
        await site.UserAsync("manage-csrf", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "manage-csrf", EduHubSite.UserPassword);
        await browser.GetAsync("/admin/account/manage");

        var response = await browser.PostAsync("/admin/account/manage?handler=password",
            new Dictionary<string, string> { ["CurrentPassword"] = EduHubSite.UserPassword, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).SignInAsync("manage-csrf", EduHubSite.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task The_account_pages_are_translated()
    {
        await site.UserAsync("manage-ru", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "manage-ru", EduHubSite.UserPassword);
        browser.Language = "ru";

        var manage = await browser.GetAsync("/admin/account/manage");
        var forgot = await new AdminBrowser(site) { Language = "hy" }.GetAsync("/admin/account/forgot-password");

        Assert.Equal("Ваша учётная запись", manage.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Сменить пароль", manage.QuerySelector("#password-heading")!.TextContent);
        Assert.Equal("Մոռացե՞լ եք գաղտնաբառը", forgot.QuerySelector("main h1")!.TextContent);
    }
}
