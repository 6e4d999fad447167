using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.IntegrationTests.Workflows;

namespace EduHub.IntegrationTests.Admin;

/// <summary>The review inbox and task page: a partner's submitted listing decided by an editor in the admin.</summary>
public sealed class WorkflowsInboxTests(WorkflowSqliteSite site) : IClassFixture<WorkflowSqliteSite>
{
    [Fact]
    public async Task Inbox_lists_a_submitted_listing_for_an_editor_with_its_due_date()
    {
        var (id, _) = await SubmittedAsync("inbox");
        var taskId = await TaskIdAsync("inbox-editor", id);
        var browser = await EditorAsync("inbox-editor");

        var inbox = await browser.GetAsync("/admin/workflows/inbox");

        Assert.Equal("Review inbox", inbox.QuerySelector("main h1")!.TextContent);
        var row = inbox.QuerySelector($"tr[data-content-item-id='{id}']")!;
        Assert.Equal($"/admin/workflows/tasks/{taskId}", row.QuerySelector("th a")!.GetAttribute("href"));
        var due = DateTime.Parse(row.QuerySelectorAll("td time")[1].GetAttribute("datetime")!, null, System.Globalization.DateTimeStyles.RoundtripKind);
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime.AddDays(3), due.ToUniversalTime(), TimeSpan.FromMinutes(1));
        Assert.Contains(inbox.QuerySelectorAll("nav.admin-nav a"), a => a.GetAttribute("href") == "/admin/workflows/inbox");
        Assert.DoesNotContain(inbox.QuerySelectorAll("nav.admin-nav a"), a => a.GetAttribute("href") == "/admin/workflows/types");
    }

    [Fact]
    public async Task A_task_past_its_due_date_is_marked_overdue()
    {
        var (id, _) = await SubmittedAsync("overdue");
        await TaskIdAsync("overdue-editor", id);
        var browser = await EditorAsync("overdue-editor");
        Assert.Null((await browser.GetAsync("/admin/workflows/inbox")).QuerySelector($"tr[data-content-item-id='{id}'] .badge--overdue"));

        site.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));

        // The sign-in lasts 8 hours: sign in again on the later day.
        var inbox = await (await EditorAsync("overdue-editor")).GetAsync("/admin/workflows/inbox");
        Assert.Equal("Overdue", inbox.QuerySelector($"tr[data-content-item-id='{id}'] .badge--overdue")!.TextContent);
    }

    [Fact]
    public async Task Dashboard_card_shows_my_review_tasks_with_links()
    {
        var (id, _) = await SubmittedAsync("card");
        var taskId = await TaskIdAsync("card-editor", id);
        var browser = await EditorAsync("card-editor");

        var dashboard = await browser.GetAsync("/admin");

        var open = (await browser.GetAsync("/admin/workflows/inbox")).QuerySelectorAll("table.review-tasks tbody tr").Select(r => r.QuerySelector("th a")!.GetAttribute("href")).ToList();
        Assert.Contains($"/admin/workflows/tasks/{taskId}", open);
        var card = dashboard.QuerySelectorAll("main section").Single(s => s.QuerySelector("h2")!.TextContent.StartsWith("My review tasks", StringComparison.Ordinal));
        Assert.Equal($"My review tasks ({open.Count})", card.QuerySelector("h2")!.TextContent);
        var links = card.QuerySelectorAll("li a").ToList();
        Assert.Equal(open.Take(5), links.Take(5).Select(a => a.GetAttribute("href")));
        Assert.All(links.Take(5), a => Assert.Matches(" — (due|overdue since) ", a.TextContent));
        if (open.Count > 5)
        {
            Assert.Equal("/admin/workflows/inbox", links[5].GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Task_page_shows_the_fields_an_edit_of_a_live_listing_changes_and_the_review_history()
    {
        var (partner, organization) = await PartnerAsync("diff");
        var id = await DraftAsync(partner, $"Diff listing {Guid.NewGuid():n}", organization);
        await site.UserAsync("diff-editor", ["Editor"]);
        var api = site.As("diff-editor");
        Assert.Equal(HttpStatusCode.Accepted, (await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WorkflowTestKit.CompleteAsync(api, (await WorkflowTestKit.TasksAsync(api, id))["id"]!.GetValue<string>(), "approve")).StatusCode);
        var live = await (await partner.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();
        live["Platform"]!["Summary"] = new JsonObject { ["Text"] = "A new summary waiting for review." };
        Assert.Equal(HttpStatusCode.OK, (await partner.PostJsonAsync("/api/content?draft=true", live)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
        var taskId = (await WorkflowTestKit.TasksAsync(api, id))["id"]!.GetValue<string>();

        var page = await (await EditorAsync("diff-editor")).GetAsync($"/admin/workflows/tasks/{taskId}");

        var changed = page.QuerySelectorAll("table.review-diff tbody tr[data-changed=true]");
        var summary = Assert.Single(changed);
        Assert.Equal("Lessons for grades 5 to 9.", summary.QuerySelector("td.diff-removed")!.TextContent);
        Assert.Equal("A new summary waiting for review.", summary.QuerySelector("td.diff-added")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("table.review-diff tbody tr[data-changed=false]"), r => r.QuerySelector("th")!.TextContent.Trim() == "Title");
        var history = page.QuerySelectorAll("table.review-history tbody tr").Select(r => r.Children[2].TextContent).ToList();
        Assert.Equal(["submit", "automated-checks", "Approve", "submit", "automated-checks"], history);
        Assert.Equal(["Approve", "Request changes", "Reject"], page.QuerySelectorAll("form.decision-form button[name=Decision]").Select(b => b.TextContent));
    }

    [Fact]
    public async Task Approving_from_the_task_page_publishes_the_listing()
    {
        var (id, partner) = await SubmittedAsync("approve");
        var taskId = await TaskIdAsync("approve-editor", id);
        var browser = await EditorAsync("approve-editor");
        var page = await browser.GetAsync($"/admin/workflows/tasks/{taskId}");

        var response = await browser.SubmitAsync(page, "form.decision-form", new() { ["Comment"] = "Looks good." }, ("Decision", "approve"));

        Assert.Equal("/admin/workflows/inbox", response.Headers.Location!.OriginalString);
        var inbox = await browser.FollowAsync(response);
        Assert.Contains("approve", inbox.QuerySelector("p.notice")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(inbox.QuerySelector($"tr[data-content-item-id='{id}']"));
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        var history = await WorkflowTestKit.HistoryAsync(partner, id);
        Assert.Equal("published", history["state"]!.GetValue<string>());
        Assert.Equal("approve-editor", history["steps"]!.AsArray().Last()!["userName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_comment_shows_the_message_next_to_the_field_and_changes_nothing()
    {
        var (id, partner) = await SubmittedAsync("comment");
        var taskId = await TaskIdAsync("comment-editor", id);
        var browser = await EditorAsync("comment-editor");
        var page = await browser.GetAsync($"/admin/workflows/tasks/{taskId}");
        Assert.Contains("Request changes", page.QuerySelector("#comment-hint")!.TextContent, StringComparison.Ordinal);

        var response = await browser.SubmitAsync(page, "form.decision-form", new() { ["Comment"] = "  " }, ("Decision", "request-changes"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = await AdminBrowser.ParseAsync(response);
        Assert.Equal("The decision “Request changes” needs a comment.", again.QuerySelector("[data-valmsg-for=Comment]")!.TextContent.Trim());
        Assert.Equal("in-review", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
        Assert.Equal("Open", (await WorkflowTestKit.TasksAsync(site.As("comment-editor"), id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_action_the_task_does_not_offer_is_refused_next_to_the_buttons()
    {
        var (id, partner) = await SubmittedAsync("action");
        var taskId = await TaskIdAsync("action-editor", id);
        var browser = await EditorAsync("action-editor");
        var page = await browser.GetAsync($"/admin/workflows/tasks/{taskId}");

        var response = await browser.SubmitAsync(page, "form.decision-form", [], ("Decision", "publish-everything"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not one of the decisions", (await AdminBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=Decision]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("in-review", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_decision_on_the_same_task_is_told_it_was_already_decided()
    {
        var (id, partner) = await SubmittedAsync("twice");
        var taskId = await TaskIdAsync("twice-editor-1", id);
        await TaskIdAsync("twice-editor-2", id);
        var first = await EditorAsync("twice-editor-1");
        var second = await EditorAsync("twice-editor-2");
        var firstPage = await first.GetAsync($"/admin/workflows/tasks/{taskId}");
        var secondPage = await second.GetAsync($"/admin/workflows/tasks/{taskId}");

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstPage, "form.decision-form", [], ("Decision", "approve"))).StatusCode);
        var late = await second.SubmitAsync(secondPage, "form.decision-form", new() { ["Comment"] = "No." }, ("Decision", "reject"));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var page = await AdminBrowser.ParseAsync(late);
        Assert.Contains("This task was already decided.", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("twice-editor-1", page.QuerySelector("p.task-decided")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.decision-form"));
        Assert.Equal("published", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_decision_without_the_anti_forgery_token_is_rejected_and_changes_nothing()
    {
        var (id, partner) = await SubmittedAsync("forgery");
        var taskId = await TaskIdAsync("forgery-editor", id);
        var browser = await EditorAsync("forgery-editor");
        await browser.GetAsync($"/admin/workflows/tasks/{taskId}");

        var response = await browser.PostAsync($"/admin/workflows/tasks/{taskId}", [new("Decision", "approve"), new("Comment", "ok")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("in-review", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Partners_anonymous_visitors_and_reviewers_of_other_roles_may_not_open_a_task()
    {
        var (id, _) = await SubmittedAsync("guard");
        var taskId = await TaskIdAsync("guard-editor", id);
        var partner = await AdminBrowser.SignedInAsync(site, "partner-guard", EduHubSite.UserPassword);
        await site.UserAsync("guard-author", ["Author"]);
        var author = await AdminBrowser.SignedInAsync(site, "guard-author", EduHubSite.UserPassword);

        var anonymous = await new AdminBrowser(site).GetResponseAsync($"/admin/workflows/tasks/{taskId}");
        var partnerInbox = await partner.GetResponseAsync("/admin/workflows/inbox");
        var partnerTask = await partner.GetResponseAsync($"/admin/workflows/tasks/{taskId}");
        var authorTask = await author.GetResponseAsync($"/admin/workflows/tasks/{taskId}");
        var forged = await (await EditorAsync("guard-editor")).GetResponseAsync("/admin/workflows/tasks/0000000000forgedtaskid0000");

        Assert.StartsWith("/admin/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        foreach (var denied in new[] { partnerInbox, partnerTask, authorTask })
        {
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/admin/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetResponseAsync(partnerTask.Headers.Location!.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Null((await author.GetAsync("/admin/workflows/inbox")).QuerySelector($"tr[data-content-item-id='{id}']"));
    }

    [Fact]
    public async Task The_inbox_is_translated()
    {
        var browser = await EditorAsync("ru-editor");
        browser.Language = "ru";

        var inbox = await browser.GetAsync("/admin/workflows/inbox");

        Assert.Equal("Входящие на проверку", inbox.QuerySelector("main h1")!.TextContent);
        browser.Language = "hy";
        Assert.Equal("Ստուգման մուտքային արկղ", (await browser.GetAsync("/admin/workflows/inbox")).QuerySelector("main h1")!.TextContent);
    }

    private async Task<AdminBrowser> EditorAsync(string userName)
    {
        await site.UserAsync(userName, ["Editor"]);
        return await AdminBrowser.SignedInAsync(site, userName, EduHubSite.UserPassword);
    }

    private async Task<string> TaskIdAsync(string editor, string contentItemId)
    {
        await site.UserAsync(editor, ["Editor"]);
        return (await WorkflowTestKit.TasksAsync(site.As(editor), contentItemId))["id"]!.GetValue<string>();
    }

    private async Task<(string Id, HttpClient Partner)> SubmittedAsync(string name)
    {
        var (partner, organization) = await PartnerAsync(name);
        var id = await DraftAsync(partner, $"Admin review {name} {Guid.NewGuid():n}", organization);
        Assert.Equal(HttpStatusCode.Accepted, (await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
        Assert.Equal("in-review", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
        return (id, partner);
    }

    private async Task<(HttpClient Partner, string Organization)> PartnerAsync(string name)
    {
        var organization = await WorkflowTestKit.OrganizationAsync(site, $"Partner {name} {Guid.NewGuid():n}");
        return (await site.UserAsync($"partner-{name}", ["Partner"], organization: organization), organization);
    }

    private static async Task<string> DraftAsync(HttpClient partner, string title, string organization)
    {
        var response = await partner.PostJsonAsync("/api/content?draft=true", WorkflowTestKit.Listing(title, organization));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }
}
