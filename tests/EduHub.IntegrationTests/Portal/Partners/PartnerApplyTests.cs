using System.Net;
using AngleSharp.Dom;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.IntegrationTests.Workflows;

namespace EduHub.IntegrationTests.Portal.Partners;

/// <summary>/partners/{culture}/apply: the organisation's application as a form, then the onboarding review.</summary>
public sealed class PartnerApplyTests(WorkflowSqliteSite site) : IClassFixture<WorkflowSqliteSite>
{
    [Theory]
    [InlineData("hy", "Դիմել որպես գործընկեր կազմակերպություն", "Կազմակերպության անվանումը")]
    [InlineData("en", "Apply as a partner organisation", "Name of the organisation")]
    [InlineData("ru", "Подать заявку как организация-партнёр", "Название организации")]
    public async Task The_apply_page_speaks_its_culture_and_is_never_cached(string culture, string heading, string nameLabel)
    {
        var response = await site.Anonymous().GetAsync($"/partners/{culture}/apply");
        var page = await AdminBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PartnerKit.AssertPrivateNoStore(response);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(nameLabel, page.QuerySelector("label[for=OrganizationName]")!.TextContent);
        Assert.All(page.QuerySelectorAll("main form input:not([type=hidden]), main form select, main form textarea"),
            control => Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']")));
    }

    [Fact]
    public async Task An_application_creates_an_inactive_partner_and_a_review_task_and_shows_the_confirmation()
    {
        var (name, userName) = PartnerKit.Names("apply");
        var browser = new AdminBrowser(site);
        var form = await browser.GetAsync("/partners/ru/apply");

        var response = await browser.SubmitAsync(form, "main form", PartnerKit.Application(name, userName));

        Assert.Equal("/partners/ru/apply/received", response.Headers.Location!.OriginalString);
        var confirmation = await browser.FollowAsync(response);
        Assert.Equal("Заявка получена", confirmation.QuerySelector("h1")!.TextContent);
        var user = await PartnerKit.FindUserAsync(site, userName);
        Assert.False(user!.IsEnabled);
        Assert.NotNull(user.OrganizationContentItemId);
        Assert.Equal(1, await PartnerKit.TaskCountAsync(site, name));
    }

    [Fact]
    public async Task Pressing_send_twice_creates_one_organisation()
    {
        var (name, userName) = PartnerKit.Names("twice");
        var browser = new AdminBrowser(site);
        var form = await browser.GetAsync("/partners/en/apply");
        var values = PartnerKit.Application(name, userName);

        var responses = await Task.WhenAll(browser.SubmitAsync(form, "main form", values), browser.SubmitAsync(form, "main form", values));
        var again = await browser.SubmitAsync(form, "main form", values);

        Assert.All(responses.Append(again), r => Assert.Equal("/partners/en/apply/received", r.Headers.Location?.OriginalString));
        Assert.Equal(1, await PartnerKit.TaskCountAsync(site, name));
    }

    [Fact]
    public async Task Missing_fields_are_named_beside_each_field_and_nothing_is_created()
    {
        var (name, userName) = PartnerKit.Names("missing");
        var browser = new AdminBrowser(site);
        var form = await browser.GetAsync("/partners/en/apply");
        var values = PartnerKit.Application(name, userName);
        values["OrganizationName"] = "";
        values["Website"] = "";
        values["Password"] = "";

        var response = await browser.SubmitAsync(form, "main form", values);
        var page = await AdminBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter the organisation's name.", PartnerKit.ErrorFor(page, "OrganizationName"));
        Assert.Equal("Enter the organisation's website.", PartnerKit.ErrorFor(page, "Website"));
        Assert.Equal("Choose a password.", PartnerKit.ErrorFor(page, "Password"));
        Assert.Equal(userName, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#UserName")!.Value);
        Assert.Null(await PartnerKit.FindUserAsync(site, userName));
    }

    [Theory]
    [InlineData("Website", "http://insecure.example.am", "Enter the website as an https:// address, e.g. https://example.am.")]
    [InlineData("Password", "short", "The password must have at least 10 characters.")]
    [InlineData("Email", "not-an-address", "Enter a valid e-mail address.")]
    public async Task Invalid_values_are_explained_in_the_pages_language_and_nothing_is_created(string field, string value, string message)
    {
        var (name, userName) = PartnerKit.Names("bad");
        var browser = new AdminBrowser(site);
        var form = await browser.GetAsync("/partners/en/apply");
        var values = PartnerKit.Application(name, userName);
        values[field] = value;

        var page = await AdminBrowser.ParseAsync(await browser.SubmitAsync(form, "main form", values));

        Assert.Equal(message, PartnerKit.ErrorFor(page, field));
        Assert.Null(await PartnerKit.FindUserAsync(site, userName));
        Assert.Equal(0, await PartnerKit.TaskCountAsync(site, name));
    }

    [Fact]
    public async Task A_taken_user_name_is_explained_in_Armenian_beside_the_field()
    {
        var (name, userName) = PartnerKit.Names("taken");
        await site.UserAsync(userName, []);
        var browser = new AdminBrowser(site);
        var form = await browser.GetAsync("/partners/hy/apply");

        var page = await AdminBrowser.ParseAsync(await browser.SubmitAsync(form, "main form", PartnerKit.Application(name, userName)));

        Assert.Equal("Այս օգտանունն արդեն զբաղված է։", PartnerKit.ErrorFor(page, "UserName"));
        Assert.Equal(0, await PartnerKit.TaskCountAsync(site, name));
    }

    [Fact]
    public async Task A_filled_honeypot_looks_like_a_success_and_creates_nothing()
    {
        var (name, userName) = PartnerKit.Names("bot");
        var browser = new AdminBrowser(site);
        var form = await browser.GetAsync("/partners/en/apply");
        var values = PartnerKit.Application(name, userName);
        values["Homepage"] = "https://spam.example";

        var response = await browser.SubmitAsync(form, "main form", values);

        Assert.Equal("/partners/en/apply/received", response.Headers.Location!.OriginalString);
        Assert.Null(await PartnerKit.FindUserAsync(site, userName));
    }

    [Fact]
    public async Task An_application_without_the_anti_forgery_token_is_refused_and_creates_nothing()
    {
        var (name, userName) = PartnerKit.Names("csrf");

        var response = await new AdminBrowser(site).PostAsync("/partners/en/apply", PartnerKit.Application(name, userName));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await PartnerKit.FindUserAsync(site, userName));
    }
}
