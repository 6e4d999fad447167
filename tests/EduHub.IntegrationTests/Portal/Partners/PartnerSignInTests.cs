using System.Net;
using System.Text.RegularExpressions;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.IntegrationTests.Workflows;

namespace EduHub.IntegrationTests.Portal.Partners;

/// <summary>Partner sign-in, sign-out, forgotten password; who may enter the partner area.</summary>
public sealed partial class PartnerSignInTests(WorkflowSqliteSite site) : IClassFixture<WorkflowSqliteSite>
{
    [Theory]
    [InlineData("hy", "Գործընկերների մուտք")]
    [InlineData("en", "Partner sign-in")]
    [InlineData("ru", "Вход для партнёров")]
    public async Task The_sign_in_page_speaks_its_culture(string culture, string heading)
    {
        var response = await site.Anonymous().GetAsync($"/partners/{culture}/signin");

        PartnerKit.AssertPrivateNoStore(response);
        Assert.Equal(heading, (await AdminBrowser.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/partners/en/")]
    [InlineData("/partners/ru/organisation")]
    [InlineData("/partners/hy/organisation/edit")]
    public async Task Anonymous_visitors_are_sent_to_the_partner_sign_in_page(string url)
    {
        var response = await new AdminBrowser(site).GetResponseAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var culture = url.Split('/')[2];
        Assert.Equal($"/partners/{culture}/signin?returnUrl={Uri.EscapeDataString(url)}", response.Headers.Location!.OriginalString);
        PartnerKit.AssertPrivateNoStore(response);
    }

    [Fact]
    public async Task An_approved_partner_signs_in_and_returns_to_the_page_asked_for()
    {
        var (name, userName) = PartnerKit.Names("signin");
        await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = new AdminBrowser(site);

        var response = await PartnerKit.SignInAsync(browser, userName, returnUrl: "/partners/en/organisation");

        Assert.Equal("/partners/en/organisation", response.Headers.Location!.OriginalString);
        Assert.Contains(name, (await browser.FollowAsync(response)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example")]
    [InlineData("/admin/users")]
    public async Task A_return_url_outside_the_partner_area_is_ignored(string returnUrl)
    {
        var (name, userName) = PartnerKit.Names("return");
        await PartnerKit.ApprovedPartnerAsync(site, name, userName);

        var response = await PartnerKit.SignInAsync(new AdminBrowser(site), userName, culture: "ru", returnUrl: returnUrl);

        Assert.Equal("/partners/ru/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_pending_applicant_with_the_right_password_is_told_the_application_is_in_review()
    {
        var (name, userName) = PartnerKit.Names("pending");
        var browser = new AdminBrowser(site);
        await browser.SubmitAsync(await browser.GetAsync("/partners/en/apply"), "main form", PartnerKit.Application(name, userName));

        var page = await AdminBrowser.ParseAsync(await PartnerKit.SignInAsync(browser, userName));

        Assert.Contains("Your application is still being reviewed", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetResponseAsync("/partners/en/")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_gets_the_same_answer_for_pending_unknown_and_active_accounts()
    {
        var (name, userName) = PartnerKit.Names("enum");
        var browser = new AdminBrowser(site);
        await browser.SubmitAsync(await browser.GetAsync("/partners/en/apply"), "main form", PartnerKit.Application(name, userName));
        var (activeName, activeUser) = PartnerKit.Names("enum-active");
        await PartnerKit.ApprovedPartnerAsync(site, activeName, activeUser);

        var answers = new List<string>();
        foreach (var user in new[] { userName, "nobody-" + Guid.NewGuid().ToString("n")[..8], activeUser })
        {
            var page = await AdminBrowser.ParseAsync(await PartnerKit.SignInAsync(new AdminBrowser(site), user, "Wrong-Password-1"));
            answers.Add(page.QuerySelector("main")!.TextContent.Trim());
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("Sign-in failed.", answers[0], StringComparison.Ordinal);
        Assert.DoesNotContain("still being reviewed", answers[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var (name, userName) = PartnerKit.Names("lock");
        await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        for (var i = 0; i < 5; i++)
        {
            await PartnerKit.SignInAsync(new AdminBrowser(site), userName, "Wrong-Password-1");
        }

        var response = await PartnerKit.SignInAsync(new AdminBrowser(site), userName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await PartnerKit.FindUserAsync(site, userName))!.LockoutEnd > site.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Someone_signed_in_without_a_partner_organisation_gets_the_403_page()
    {
        await site.UserAsync("partner-pages-author", ["Author"]);
        var browser = new AdminBrowser(site);
        await PartnerKit.SignInAsync(browser, "partner-pages-author");

        var response = await browser.GetResponseAsync("/partners/en/");
        Assert.Equal("/partners/en/denied", response.Headers.Location!.OriginalString);
        var denied = await browser.GetResponseAsync("/partners/en/denied");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("This area is for partner organisations", (await AdminBrowser.ParseAsync(denied)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (name, userName) = PartnerKit.Names("signout");
        await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = await PartnerKit.SignedInAsync(site, userName);
        var dashboard = await browser.GetAsync("/partners/en/");

        var response = await browser.SubmitAsync(dashboard, "form[action$='signout']", []);

        Assert.Equal("/partners/en/signin", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetResponseAsync("/partners/en/")).StatusCode);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link()
    {
        var (name, userName) = PartnerKit.Names("forgot");
        await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = new AdminBrowser(site);
        var form = await browser.GetAsync("/partners/en/forgot-password");

        var sent = await AdminBrowser.ParseAsync(await browser.SubmitAsync(form, "main form", new() { ["Email"] = $"{userName}@example.org" }));
        Assert.Contains("If an account uses this address", sent.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await PartnerKit.MailsDeliveredAsync(site);
        var mail = WorkflowTestKit.Mails(site, "Reset your EduHub password").Single(m => m.To.ToString().Contains(userName, StringComparison.Ordinal));
        var link = new Uri(LinkPattern().Match(mail.TextBody ?? "").Value);
        Assert.StartsWith("/partners/en/reset-password", link.PathAndQuery, StringComparison.Ordinal);

        var reset = await browser.GetAsync(link.PathAndQuery);
        var saved = await browser.SubmitAsync(reset, "main form", new() { ["NewPassword"] = "New-Partner-Password-2", ["ConfirmPassword"] = "New-Partner-Password-2" });

        Assert.Equal("/partners/en/signin", saved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await PartnerKit.SignInAsync(new AdminBrowser(site), userName, "New-Partner-Password-2")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var before = WorkflowTestKit.Mails(site).Count;
        var browser = new AdminBrowser(site);
        var form = await browser.GetAsync("/partners/ru/forgot-password");

        var page = await AdminBrowser.ParseAsync(await browser.SubmitAsync(form, "main form", new() { ["Email"] = "nobody@example.org" }));

        Assert.Contains("Если с этим адресом связана учётная запись", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await PartnerKit.MailsDeliveredAsync(site);
        Assert.Equal(before, WorkflowTestKit.Mails(site).Count);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
