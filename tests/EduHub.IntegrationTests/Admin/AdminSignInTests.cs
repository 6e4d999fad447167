using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Admin;

public sealed class AdminSignInTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Anonymous_visit_to_the_admin_is_sent_to_the_sign_in_page()
    {
        var response = await new AdminBrowser(site).GetResponseAsync("/admin?x=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/signin?ReturnUrl=%2Fadmin%3Fx%3D1", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Administrator_signs_in_and_sees_the_dashboard_with_the_types()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var dashboard = await browser.GetAsync("/admin");

        Assert.Equal("Dashboard", dashboard.QuerySelector("main h1")!.TextContent);
        Assert.Contains(dashboard.QuerySelectorAll("nav.admin-nav a"), a => a.GetAttribute("href") == "/admin/content/Platform");
        Assert.Contains(dashboard.QuerySelectorAll("nav.admin-nav a"), a => a.GetAttribute("href") == "/admin/users");
    }

    [Theory]
    [InlineData("admin", "wrong-password-1")]
    [InlineData("nobody-here", "wrong-password-1")]
    public async Task Wrong_credentials_show_the_same_message_whether_or_not_the_user_exists(string userName, string password)
    {
        var browser = new AdminBrowser(site);

        var response = await browser.SignInAsync(userName, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminBrowser.ParseAsync(response);
        Assert.Contains("Sign-in failed. Check your user name and password.", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetResponseAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Empty_fields_get_messages_next_to_them()
    {
        var response = await new AdminBrowser(site).SignInAsync("", "");

        var page = await AdminBrowser.ParseAsync(response);
        Assert.Equal("Enter your user name.", page.QuerySelector("[data-valmsg-for=UserName]")!.TextContent.Trim());
        Assert.Equal("Enter your password.", page.QuerySelector("[data-valmsg-for=Password]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Sign_in_without_the_anti_forgery_token_is_rejected()
    {
        var browser = new AdminBrowser(site);
        await browser.GetAsync("/admin/account/signin");

        var response = await browser.PostAsync("/admin/account/signin", [new("UserName", "admin"), new("Password", EduHubSite.AdminPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetResponseAsync("/admin")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example")]
    [InlineData("/api/content")]
    public async Task After_sign_in_only_admin_pages_are_a_destination(string returnUrl)
    {
        var browser = new AdminBrowser(site);
        var page = await browser.GetAsync("/admin/account/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        var response = await browser.SubmitAsync(page, "main form", new() { ["UserName"] = "admin", ["Password"] = EduHubSite.AdminPassword });

        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_partner_may_sign_in_but_not_open_the_admin()
    {
        await site.UserAsync("partner-signin", ["Partner"]);
        var browser = await AdminBrowser.SignedInAsync(site, "partner-signin", EduHubSite.UserPassword);

        var response = await browser.GetResponseAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetResponseAsync(response.Headers.Location.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Admin_pages_carry_the_security_headers_and_are_not_cached()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var response = await browser.GetResponseAsync("/admin");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Sign_out_needs_a_post_and_ends_the_session()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var dashboard = await browser.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetResponseAsync("/admin/account/signout")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetResponseAsync("/admin")).StatusCode);
        await browser.SubmitAsync(dashboard, "form.admin-header__user", []);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetResponseAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task The_language_switch_translates_the_admin_and_stays_on_the_page()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var dashboard = await browser.GetAsync("/admin");

        var response = await browser.SubmitAsync(dashboard, "form.admin-header__cultures", [], ("culture", "ru"));

        var page = await browser.FollowAsync(response);
        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Панель управления", page.QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public async Task Armenian_is_the_default_language_of_the_admin()
    {
        var browser = new AdminBrowser(site) { Language = "de" };

        var page = await browser.GetAsync("/admin/account/signin");

        Assert.Equal("hy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Մուտք EduHub-ի կառավարման համակարգ", page.QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public async Task Admin_session_cookie_is_http_only_and_same_site_strict()
    {
        var browser = new AdminBrowser(site);

        var response = await browser.SignInAsync("admin", EduHubSite.AdminPassword);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".EduHub.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
