using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.IntegrationTests.Workflows;

namespace EduHub.IntegrationTests.Portal.Partners;

/// <summary>
/// The partner's listings (/partners/{culture}/listings): own organisation only, the admin's field editors and
/// validation, submit / withdraw through the review workflow, history with comments, pending changes of a live listing.
/// </summary>
public sealed class PartnerListingsTests(WorkflowSqliteSite site) : IClassFixture<WorkflowSqliteSite>
{
    [Theory]
    [InlineData("hy", "Իմ հարթակները", "Սևագիր")]
    [InlineData("en", "My listings", "Draft")]
    [InlineData("ru", "Мои платформы", "Черновик")]
    public async Task The_list_shows_the_organisations_listings_with_their_status_in_each_culture(string culture, string heading, string draft)
    {
        var (browser, api, organization) = await PartnerAsync("list-" + culture);
        var own = await DraftAsync(api, $"Own listing {culture}", organization);
        var (_, otherApi, otherOrganization) = await PartnerAsync("other-" + culture);
        var foreign = await DraftAsync(otherApi, $"Foreign listing {culture}", otherOrganization);

        using var response = await browser.GetResponseAsync($"/partners/{culture}/listings");
        var page = await AdminBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(draft, page.QuerySelector($"[data-listing='{own}'] [data-status]")!.TextContent);
        Assert.Null(page.QuerySelector($"[data-listing='{foreign}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/partners/{culture}/listings/new/edit']"));
    }

    [Theory]
    [InlineData("hy", "Խմբագրել հարթակը", "Ուղարկել ստուգման")]
    [InlineData("en", "Edit listing", "Submit for review")]
    [InlineData("ru", "Редактировать платформу", "Отправить на проверку")]
    public async Task The_listing_and_edit_pages_render_in_each_culture(string culture, string edit, string submit)
    {
        var (browser, api, organization) = await PartnerAsync("pages-" + culture);
        var id = await DraftAsync(api, $"Pages listing {culture}", organization);

        using var itemResponse = await browser.GetResponseAsync($"/partners/{culture}/listings/{id}");
        var item = await AdminBrowser.ParseAsync(itemResponse);
        using var formResponse = await browser.GetResponseAsync($"/partners/{culture}/listings/{id}/edit");
        var form = await AdminBrowser.ParseAsync(formResponse);
        var create = await browser.GetAsync($"/partners/{culture}/listings/new/edit");

        Assert.True(itemResponse.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {itemResponse.Headers.CacheControl}");
        Assert.Equal(culture, item.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"Pages listing {culture}", item.QuerySelector("h1")!.TextContent);
        Assert.Contains(submit, item.QuerySelector("form[action*='handler=Submit'] button")!.TextContent, StringComparison.Ordinal);
        Assert.True(formResponse.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {formResponse.Headers.CacheControl}");
        Assert.Equal(edit, form.QuerySelector("h1")!.TextContent);
        Assert.Equal($"Pages listing {culture}", form.QuerySelector("input[name='TitlePart.Title']")!.GetAttribute("value"));
        Assert.Null(form.QuerySelector("[name='Platform.Provider']"));
        Assert.NotNull(create.QuerySelector("textarea[data-editor=html][name='Platform.Description']"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await new AdminBrowser(site).GetResponseAsync("/partners/en/listings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/partners/en/signin?returnUrl=%2Fpartners%2Fen%2Flistings", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisations_listing_is_404_on_every_url_and_cannot_be_submitted()
    {
        var (browser, _, _) = await PartnerAsync("intruder");
        var (_, otherApi, otherOrganization) = await PartnerAsync("victim");
        var foreign = await DraftAsync(otherApi, "Victim listing", otherOrganization);
        var own = await browser.GetAsync("/partners/en/listings/new/edit");
        var token = own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync($"/partners/en/listings/{foreign}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync($"/partners/en/listings/{foreign}/edit")).StatusCode);
        var submit = await browser.PostAsync($"/partners/en/listings/{foreign}?handler=Submit", [new("__RequestVerificationToken", token)]);
        var edit = await browser.PostAsync($"/partners/en/listings/{foreign}/edit", [new("__RequestVerificationToken", token), new("TitlePart.Title", "Hijacked")]);

        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal("draft", (await WorkflowTestKit.HistoryAsync(otherApi, foreign))["state"]!.GetValue<string>());
        var stored = await (await otherApi.GetAsync($"/api/content/{foreign}?version=latest")).ReadObjectAsync();
        Assert.Equal("Victim listing", stored["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_listing_without_a_title_is_refused_next_to_the_field_and_nothing_is_created()
    {
        var (browser, _, _) = await PartnerAsync("invalid");
        var form = await browser.GetAsync("/partners/en/listings/new/edit");

        var response = await browser.SubmitAsync(form, "main form", new() { ["TitlePart.Title"] = "", ["Platform.Summary"] = "A summary" });
        var page = await AdminBrowser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-problems]"));
        Assert.Contains(page.QuerySelectorAll(".field-error"), e => e.Id is not null && e.Id.Contains("TitlePart", StringComparison.Ordinal));
        Assert.Empty((await browser.GetAsync("/partners/en/listings")).QuerySelectorAll("[data-listing]"));
    }

    [Fact]
    public async Task Script_in_the_description_is_removed_on_save_with_a_message_and_the_provider_is_the_partners_organisation()
    {
        var (browser, api, organization) = await PartnerAsync("script");
        var form = await browser.GetAsync("/partners/en/listings/new/edit");

        var response = await browser.SubmitAsync(form, "main form", Fields("Script listing", "<p>Hello</p><script>alert(1)</script>", $"https://{Guid.NewGuid():n}.example.am"));
        var page = await browser.FollowAsync(response);

        Assert.Contains("was removed", page.QuerySelector("[data-notice]")!.TextContent, StringComparison.Ordinal);
        var id = new Uri("http://localhost" + response.Headers.Location!.OriginalString).Segments[^1];
        var stored = await (await api.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();
        Assert.DoesNotContain("<script", stored["Platform"]!["Description"]!["Html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(organization, stored["Platform"]!["Provider"]!["ContentItemIds"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_forged_provider_is_replaced_by_the_partners_organisation()
    {
        var (browser, api, organization) = await PartnerAsync("forged");
        var form = await browser.GetAsync("/partners/en/listings/new/edit");
        var values = Fields("Forged listing", "<p>Text</p>", $"https://{Guid.NewGuid():n}.example.am");
        values["Platform.Provider"] = Demo.NcetOrganization;

        var response = await browser.SubmitAsync(form, "main form", values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = new Uri("http://localhost" + response.Headers.Location!.OriginalString).Segments[^1];
        var stored = await (await api.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();
        Assert.Equal([organization], stored["Platform"]!["Provider"]!["ContentItemIds"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_400_and_changes_nothing()
    {
        var (browser, api, organization) = await PartnerAsync("csrf");
        var id = await DraftAsync(api, "Csrf listing", organization);

        var edit = await browser.PostAsync($"/partners/en/listings/{id}/edit", [new("TitlePart.Title", "Changed")]);
        var submit = await browser.PostAsync($"/partners/en/listings/{id}?handler=Submit", []);

        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.Equal("Csrf listing", (await (await api.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync())["DisplayText"]!.GetValue<string>());
        Assert.Equal("draft", (await WorkflowTestKit.HistoryAsync(api, id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_twice_makes_one_review_and_withdraw_cancels_the_editors_task()
    {
        var (browser, api, organization) = await PartnerAsync("withdraw");
        var editor = await site.UserAsync("withdraw-editor", ["Editor"]);
        var id = await DraftAsync(api, $"Withdraw listing {Guid.NewGuid():n}", organization);
        var page = await browser.GetAsync($"/partners/en/listings/{id}");

        var first = await browser.SubmitAsync(page, "form[action*='handler=Submit']", []);
        var again = await browser.SubmitAsync(page, "form[action*='handler=Submit']", []);
        var refused = await AdminBrowser.ParseAsync(again);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already in review", refused.QuerySelector("[data-error]")!.TextContent, StringComparison.Ordinal);
        var history = await WorkflowTestKit.HistoryAsync(api, id);
        Assert.Equal("in-review", history["state"]!.GetValue<string>());
        Assert.Single(history["steps"]!.AsArray(), s => s!["action"]!.GetValue<string>() == "submit");
        Assert.NotNull(await WorkflowTestKit.TasksAsync(editor, id));

        var reviewed = await browser.GetAsync($"/partners/en/listings/{id}");
        Assert.Equal("In review", reviewed.QuerySelector("[data-status]")!.TextContent);
        var withdrawn = await browser.FollowAsync(await browser.SubmitAsync(reviewed, "form[action*='handler=Withdraw']", []));

        Assert.Equal("Draft", withdrawn.QuerySelector("[data-status]")!.TextContent);
        Assert.Equal("draft", (await WorkflowTestKit.HistoryAsync(api, id))["state"]!.GetValue<string>());
        var tasks = await (await editor.GetAsync("/api/workflows/tasks")).ReadArrayAsync();
        Assert.DoesNotContain(tasks, t => t!["contentItemId"]?.GetValue<string>() == id);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(withdrawn, "form[action*='handler=Submit']", [])).StatusCode);
        Assert.Equal("in-review", (await WorkflowTestKit.HistoryAsync(api, id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Withdrawing_what_is_not_in_review_is_refused_and_changes_nothing()
    {
        var (browser, api, organization) = await PartnerAsync("nowithdraw");
        var id = await DraftAsync(api, "Not in review", organization);
        var page = await browser.GetAsync($"/partners/en/listings/{id}/edit");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await browser.PostAsync($"/partners/en/listings/{id}?handler=Withdraw", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("nothing to withdraw", (await AdminBrowser.ParseAsync(response)).QuerySelector("[data-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await WorkflowTestKit.HistoryAsync(api, id))["steps"]!.AsArray());
    }

    [Fact]
    public async Task The_history_shows_the_editors_comment_and_a_live_listings_pending_changes_beside_it()
    {
        var (browser, api, organization) = await PartnerAsync("history");
        var editor = await site.UserAsync("history-editor", ["Editor"]);
        var id = await DraftAsync(api, $"History listing {Guid.NewGuid():n}", organization);
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
        var task = await WorkflowTestKit.TasksAsync(editor, id);
        Assert.Equal(HttpStatusCode.OK, (await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "request-changes", "Please add the grades.")).StatusCode);

        var page = await browser.GetAsync($"/partners/ru/listings/{id}");
        Assert.Equal("Запрошены изменения", page.QuerySelector("[data-status]")!.TextContent);
        Assert.Contains("Please add the grades.", page.QuerySelector("[data-history]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Accepted, (await api.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
        task = await WorkflowTestKit.TasksAsync(editor, id);
        Assert.Equal(HttpStatusCode.OK, (await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "approve")).StatusCode);
        var form = await browser.GetAsync($"/partners/en/listings/{id}/edit");
        var saved = await browser.SubmitAsync(form, "main form", new() { ["Platform.Summary"] = "A better summary" });
        var live = await browser.FollowAsync(saved);

        var pending = live.QuerySelector("[data-pending]")!.TextContent;
        Assert.Contains("A better summary", pending, StringComparison.Ordinal);
        Assert.NotNull(live.QuerySelector("form[action*='handler=Submit']"));
        var published = await (await site.Anonymous().GetAsync($"/api/content/{id}")).ReadObjectAsync();
        Assert.NotEqual("A better summary", published["Platform"]!["Summary"]!["Text"]!.GetValue<string>());
    }

    private static Dictionary<string, string> Fields(string title, string description, string website)
    {
        var template = WorkflowTestKit.Listing(title, "x", website);
        return new()
        {
            ["TitlePart.Title"] = title,
            ["Platform.Summary"] = template["Platform"]!["Summary"]?["Text"]?.GetValue<string>() ?? "A summary",
            ["Platform.Description"] = description,
            ["Platform.Website"] = website,
            ["Platform.Cost"] = "free",
            ["Platform.Subjects"] = Demo.Mathematics,
        };
    }

    private async Task<(AdminBrowser Browser, HttpClient Api, string Organization)> PartnerAsync(string name)
    {
        var organization = await WorkflowTestKit.OrganizationAsync(site, $"Listings {name} {Guid.NewGuid():n}");
        var userName = $"listings-{name}";
        var api = await site.UserAsync(userName, ["Partner"], organization: organization);
        var browser = await AdminBrowser.SignedInAsync(site, userName, EduHubSite.UserPassword);
        browser.Language = "en";
        return (browser, api, organization);
    }

    private static async Task<string> DraftAsync(HttpClient partner, string title, string organization)
    {
        var response = await partner.PostJsonAsync("/api/content?draft=true", WorkflowTestKit.Listing(title, organization));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }
}
