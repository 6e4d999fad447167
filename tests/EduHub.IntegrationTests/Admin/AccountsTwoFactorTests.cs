using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using EduHub.AdminTheme.Accounts;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace EduHub.IntegrationTests.Admin;

public sealed class AccountsTwoFactorTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Two_factor_sign_in_end_to_end()
    {
        await site.UserAsync("tfa-admin", ["Administrator"]);
        var browser = await AdminBrowser.SignedInAsync(site, "tfa-admin", EduHubSite.UserPassword);
        var setup = await browser.GetAsync("/admin/account/manage/two-factor");
        var key = SharedKey(setup);
        Assert.StartsWith($"otpauth://totp/EduHub%3Atfa-admin?secret={key}&issuer=EduHub", setup.QuerySelector(".authenticator-uri")!.TextContent, StringComparison.Ordinal);

        // A wrong code does not switch it on.
        var wrong = await browser.SubmitAsync(setup, "main form", new() { ["Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.StartsWith("This code is not right.", (await AdminBrowser.ParseAsync(wrong)).QuerySelector("[data-valmsg-for=Code]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/admin", (await new AdminBrowser(site).SignInAsync("tfa-admin", EduHubSite.UserPassword)).Headers.Location!.OriginalString);

        // The right code switches it on and shows the recovery codes once.
        var enabled = await AdminBrowser.ParseAsync(await browser.SubmitAsync(setup, "main form", new() { ["Code"] = Code(key) }));
        var recoveryCodes = enabled.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Contains("Two-factor sign-in is on.", enabled.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var again = await browser.GetAsync("/admin/account/manage/two-factor");
        Assert.Empty(again.QuerySelectorAll(".recovery-codes code"));
        Assert.Null(again.QuerySelector(".shared-key"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetResponseAsync("/admin")).StatusCode);

        // Signing in now asks for a code; a wrong one is refused.
        var other = new AdminBrowser(site);
        var afterPassword = await other.SignInAsync("tfa-admin", EduHubSite.UserPassword);
        Assert.StartsWith("/admin/account/twofactor", afterPassword.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var codePage = await other.FollowAsync(afterPassword);
        var refused = await other.SubmitAsync(codePage, "main form", new() { ["Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("This code is not valid.", (await AdminBrowser.ParseAsync(refused)).QuerySelector("[data-valmsg-for=Code]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetResponseAsync("/admin")).StatusCode);

        var accepted = await other.SubmitAsync(codePage, "main form", new() { ["Code"] = Code(key) });
        Assert.Equal("/admin", accepted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await other.GetResponseAsync("/admin")).StatusCode);

        // A recovery code works once.
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithCodeAsync(recoveryCodes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInWithCodeAsync(recoveryCodes[0])).StatusCode);

        // Switching it off needs the password; then the password alone signs in again.
        var manage = await browser.GetAsync("/admin/account/manage");
        Assert.Contains("Recovery codes left: 9", manage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var notOff = await browser.SubmitAsync(manage, "#disable-twofactor", new() { ["DisablePassword"] = "Wrong-Password-1" });
        Assert.Equal("Enter your current password to switch two-factor sign-in off.", (await AdminBrowser.ParseAsync(notOff)).QuerySelector("[data-valmsg-for=DisablePassword]")!.TextContent.Trim());
        Assert.StartsWith("/admin/account/twofactor", (await new AdminBrowser(site).SignInAsync("tfa-admin", EduHubSite.UserPassword)).Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var off = await browser.SubmitAsync(manage, "#disable-twofactor", new() { ["DisablePassword"] = EduHubSite.UserPassword });
        Assert.Equal("Two-factor sign-in is off.", (await browser.FollowAsync(off)).QuerySelector(".notice")!.TextContent);
        Assert.Equal("/admin", (await new AdminBrowser(site).SignInAsync("tfa-admin", EduHubSite.UserPassword)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_setup_page_shows_the_authenticator_link_as_a_QR_code_image_with_alt_text_beside_the_key()
    {
        await site.UserAsync("tfa-qr", ["Administrator"]);
        var browser = await AdminBrowser.SignedInAsync(site, "tfa-qr", EduHubSite.UserPassword);

        var setup = await browser.GetAsync("/admin/account/manage/two-factor");

        string storedKey;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>();
            storedKey = (await users.GetAuthenticatorKeyAsync((await users.FindByNameAsync("tfa-qr"))!))!;
        }

        var expectedUri = $"otpauth://totp/EduHub%3Atfa-qr?secret={storedKey}&issuer=EduHub&digits=6";
        var image = setup.QuerySelector("main img.qr-code")!;
        Assert.Equal(AuthenticatorQrCode.DataUri(expectedUri), image.GetAttribute("src"));
        Assert.Equal("QR code for the authenticator app, holding the key shown below", image.GetAttribute("alt"));
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(image.GetAttribute("src")!["data:image/svg+xml;base64,".Length..]));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);

        // The key and the link stay readable for apps that cannot scan, and the page stays within the CSP.
        Assert.Equal(storedKey, SharedKey(setup));
        Assert.Equal(expectedUri, setup.QuerySelector(".authenticator-uri")!.TextContent);
        Assert.Empty(setup.QuerySelectorAll("main [style], main script"));
    }

    [Fact]
    public async Task The_QR_code_is_localized_like_the_rest_of_the_page()
    {
        await site.UserAsync("tfa-qr-ru", ["Administrator"]);
        var browser = await AdminBrowser.SignedInAsync(site, "tfa-qr-ru", EduHubSite.UserPassword);
        browser.Language = "ru";

        var setup = await browser.GetAsync("/admin/account/manage/two-factor");

        Assert.Equal("QR-код для приложения-аутентификатора с ключом, показанным ниже", setup.QuerySelector("main img.qr-code")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task The_code_page_without_a_password_step_sends_back_to_sign_in()
    {
        var response = await new AdminBrowser(site).GetResponseAsync("/admin/account/twofactor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/signin", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Setup_without_the_anti_forgery_token_is_rejected_and_two_factor_stays_off()
    {
        await site.UserAsync("tfa-csrf", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "tfa-csrf", EduHubSite.UserPassword);
        var setup = await browser.GetAsync("/admin/account/manage/two-factor");

        var response = await browser.PostAsync("/admin/account/manage/two-factor", new Dictionary<string, string> { ["Code"] = Code(SharedKey(setup)) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/admin", (await new AdminBrowser(site).SignInAsync("tfa-csrf", EduHubSite.UserPassword)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_empty_code_gets_a_message_next_to_the_field()
    {
        await site.UserAsync("tfa-empty", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "tfa-empty", EduHubSite.UserPassword);
        var setup = await browser.GetAsync("/admin/account/manage/two-factor");

        var response = await browser.SubmitAsync(setup, "main form", new() { ["Code"] = "" });

        Assert.Equal("Enter the 6-digit code your app shows.", (await AdminBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=Code]")!.TextContent.Trim());
        Assert.Equal("/admin", (await new AdminBrowser(site).SignInAsync("tfa-empty", EduHubSite.UserPassword)).Headers.Location!.OriginalString);
    }

    private async Task<HttpResponseMessage> SignInWithCodeAsync(string code)
    {
        var browser = new AdminBrowser(site);
        var codePage = await browser.FollowAsync(await browser.SignInAsync("tfa-admin", EduHubSite.UserPassword));
        return await browser.SubmitAsync(codePage, "main form", new() { ["Code"] = code });
    }

    private static string SharedKey(IHtmlDocument setup) =>
        setup.QuerySelector(".shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    // Identity checks authenticator codes against the real clock (not the site's fake one), as the phone does.
    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    /// <summary>A code that is wrong for every time step Identity accepts (±2 steps of 30 s).</summary>
    private static string WrongCode(string key)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var accepted = Enumerable.Range(-3, 7).Select(i => totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => i.ToString("D6", CultureInfo.InvariantCulture)).First(c => !accepted.Contains(c));
    }
}
