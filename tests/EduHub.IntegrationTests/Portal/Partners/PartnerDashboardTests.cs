using System.Net;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.IntegrationTests.Workflows;

namespace EduHub.IntegrationTests.Portal.Partners;

/// <summary>/partners/{culture}/: the organisation, its status, links, and what changed since the last visit.</summary>
public sealed class PartnerDashboardTests(WorkflowSqliteSite site) : IClassFixture<WorkflowSqliteSite>
{
    [Theory]
    [InlineData("hy", "Իմ կազմակերպության պրոֆիլը", "Հրապարակված է")]
    [InlineData("en", "My organisation's profile", "Published")]
    [InlineData("ru", "Профиль моей организации", "Опубликовано")]
    public async Task The_dashboard_shows_the_organisation_its_status_and_links_in_every_culture(string culture, string profileLink, string status)
    {
        var (name, userName) = PartnerKit.Names("dash-" + culture);
        await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = await PartnerKit.SignedInAsync(site, userName);

        var response = await browser.GetResponseAsync($"/partners/{culture}/");
        var page = await AdminBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PartnerKit.AssertPrivateNoStore(response);
        Assert.Equal(name, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(status, page.QuerySelector(".partner-status strong")!.TextContent);
        Assert.Equal(profileLink, page.QuerySelector($"a[href='/partners/{culture}/organisation']")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/partners/{culture}/listings']"));
    }

    [Fact]
    public async Task A_review_decision_is_new_on_the_next_visit_and_earlier_after_that()
    {
        var (name, userName) = PartnerKit.Names("news");
        var organization = await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = await PartnerKit.SignedInAsync(site, userName);
        var before = await browser.GetAsync("/partners/en/");
        Assert.Contains("Nothing new since your last visit.", Changes(before), StringComparison.Ordinal);

        var title = $"Listing of {name}";
        var partner = site.As(userName);
        var created = await (await partner.PostJsonAsync("/api/content?draft=true", WorkflowTestKit.Listing(title, organization))).ReadObjectAsync();
        var listing = created["ContentItemId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Accepted, (await partner.PostAsync($"/api/workflows/content/{listing}/submit", null)).StatusCode);
        var editor = await PartnerKit.EditorAsync(site);
        var task = await WorkflowTestKit.TasksAsync(editor, listing);
        Assert.Equal(HttpStatusCode.OK, (await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "request-changes", "Add the grades please.")).StatusCode);

        var first = await browser.GetAsync("/partners/en/");
        var second = await browser.GetAsync("/partners/en/");

        var news = first.QuerySelectorAll("section[aria-labelledby=changes-heading] > ul.partner-notifications li");
        var decision = Assert.Single(news);
        Assert.Contains("Changes requested: " + title, decision.TextContent, StringComparison.Ordinal);
        Assert.Contains("Add the grades please.", decision.TextContent, StringComparison.Ordinal);
        Assert.Contains("Your last visit:", Changes(first), StringComparison.Ordinal);
        Assert.Contains("Nothing new since your last visit.", Changes(second), StringComparison.Ordinal);
        Assert.Contains("Changes requested: " + title, second.QuerySelector("section[aria-labelledby=changes-heading] h3 + ul")!.TextContent, StringComparison.Ordinal);
    }

    private static string Changes(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("section[aria-labelledby=changes-heading]")!.TextContent;
}
