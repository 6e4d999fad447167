using System.Net;
using AngleSharp.Dom;
using EduHub.Core.Contents;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.IntegrationTests.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Portal.Partners;

/// <summary>/partners/{culture}/organisation: the partner's own profile, edited as a draft that goes through review.</summary>
public sealed class PartnerOrganisationTests(WorkflowSqliteSite site) : IClassFixture<WorkflowSqliteSite>
{
    [Theory]
    [InlineData("hy", "Հրապարակված տարբերակ")]
    [InlineData("en", "Published version")]
    [InlineData("ru", "Опубликованная версия")]
    public async Task The_profile_page_shows_the_published_version_in_every_culture(string culture, string heading)
    {
        var (name, userName) = PartnerKit.Names("profile-" + culture);
        var organization = await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = await PartnerKit.SignedInAsync(site, userName);

        var response = await browser.GetResponseAsync($"/partners/{culture}/organisation");
        var page = await AdminBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PartnerKit.AssertPrivateNoStore(response);
        Assert.Equal(heading, page.QuerySelector("#live-heading")!.TextContent);
        Assert.Contains(name, page.QuerySelector(".partner-profile")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".partner-pending"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetResponseAsync($"/partners/{culture}/organisation/{organization}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetResponseAsync($"/partners/{culture}/organisation/edit")).StatusCode);
    }

    [Fact]
    public async Task Another_organisations_id_answers_404()
    {
        var (name, userName) = PartnerKit.Names("own");
        await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var (otherName, otherUser) = PartnerKit.Names("other");
        var other = await PartnerKit.ApprovedPartnerAsync(site, otherName, otherUser);
        var browser = await PartnerKit.SignedInAsync(site, userName);

        var response = await browser.GetResponseAsync($"/partners/en/organisation/{other}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(otherName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_is_a_draft_sent_for_review_with_its_script_removed_while_the_live_version_stays()
    {
        var (name, userName) = PartnerKit.Names("edit");
        var organization = await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = await PartnerKit.SignedInAsync(site, userName);
        var form = await browser.GetAsync("/partners/en/organisation/edit");

        var response = await browser.SubmitAsync(form, "main form", new()
        {
            ["Name"] = name + " renamed",
            ["Description"] = "<p>We teach online.</p><script>alert('x')</script>",
        });

        Assert.Equal("/partners/en/organisation", response.Headers.Location!.OriginalString);
        var page = await browser.FollowAsync(response);
        Assert.Contains("Parts of the description that are not allowed (such as scripts) were removed.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Changes pending review", page.QuerySelector("#pending-heading")!.TextContent);
        Assert.Contains(name + " renamed", page.QuerySelector(".partner-pending")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("renamed", page.QuerySelector("#live-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
        var (published, latest) = await VersionsAsync(organization);
        Assert.Equal(name, published!.DisplayText);
        Assert.Equal(name + " renamed", latest!.DisplayText);
        Assert.DoesNotContain("<script", latest.Field("PartnerOrganization", "Description")!["Html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(await (await (await PartnerKit.EditorAsync(site)).GetAsync("/api/workflows/tasks")).ReadArrayAsync(),
            t => t!["contentItemId"]!.GetValue<string>() == organization);
        Assert.Equal("Published; changes pending review", (await browser.GetAsync("/partners/en/")).QuerySelector(".partner-status strong")!.TextContent);
    }

    [Fact]
    public async Task Missing_fields_are_named_beside_them_and_nothing_changes()
    {
        var (name, userName) = PartnerKit.Names("edit-missing");
        var organization = await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = await PartnerKit.SignedInAsync(site, userName);
        var form = await browser.GetAsync("/partners/ru/organisation/edit");

        var page = await AdminBrowser.ParseAsync(await browser.SubmitAsync(form, "main form", new() { ["Name"] = "", ["Website"] = "" }));

        Assert.Equal("Введите название организации.", PartnerKit.ErrorFor(page, "Name"));
        Assert.Equal("Введите сайт организации.", PartnerKit.ErrorFor(page, "Website"));
        var (_, latest) = await VersionsAsync(organization);
        Assert.True(latest!.Published);
    }

    [Fact]
    public async Task An_edit_posted_for_another_organisation_answers_404_and_changes_nothing()
    {
        var (name, userName) = PartnerKit.Names("edit-own");
        await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var (otherName, otherUser) = PartnerKit.Names("edit-other");
        var other = await PartnerKit.ApprovedPartnerAsync(site, otherName, otherUser);
        var browser = await PartnerKit.SignedInAsync(site, userName);
        var form = await browser.GetAsync("/partners/en/organisation/edit");

        var response = await browser.SubmitAsync(form, "main form", new() { ["Id"] = other, ["Name"] = "Hijacked" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var (published, latest) = await VersionsAsync(other);
        Assert.Equal(otherName, published!.DisplayText);
        Assert.Equal(otherName, latest!.DisplayText);
    }

    [Fact]
    public async Task An_edit_without_the_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var (name, userName) = PartnerKit.Names("edit-csrf");
        var organization = await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = await PartnerKit.SignedInAsync(site, userName);
        var form = await browser.GetAsync("/partners/en/organisation/edit");
        var fields = AdminBrowser.FormFields(form.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!)
            .Where(f => f.Key != "__RequestVerificationToken").Select(f => f.Key == "Name" ? new KeyValuePair<string, string>("Name", "Forged") : f).ToList();

        var response = await browser.PostAsync("/partners/en/organisation/edit", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (_, latest) = await VersionsAsync(organization);
        Assert.Equal(name, latest!.DisplayText);
    }

    [Fact]
    public async Task Sending_the_same_edit_twice_saves_one_draft_and_explains_the_second()
    {
        var (name, userName) = PartnerKit.Names("edit-twice");
        var organization = await PartnerKit.ApprovedPartnerAsync(site, name, userName);
        var browser = await PartnerKit.SignedInAsync(site, userName);
        var form = await browser.GetAsync("/partners/en/organisation/edit");
        var values = new Dictionary<string, string> { ["Name"] = name + " v2" };

        var first = await browser.SubmitAsync(form, "main form", values);
        var second = await browser.SubmitAsync(form, "main form", values);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("The profile was changed meanwhile", (await AdminBrowser.ParseAsync(second)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var tasks = await (await (await PartnerKit.EditorAsync(site)).GetAsync("/api/workflows/tasks")).ReadArrayAsync();
        Assert.Single(tasks, t => t!["contentItemId"]!.GetValue<string>() == organization);
    }

    private async Task<(ContentItem? Published, ContentItem? Latest)> VersionsAsync(string id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        return (await content.GetAsync(id, VersionOptions.Published), await content.GetAsync(id, VersionOptions.Latest));
    }
}
