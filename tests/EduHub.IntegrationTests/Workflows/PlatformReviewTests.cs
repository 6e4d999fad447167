using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Workflows;

/// <summary>
/// The partner-onboarding review shipped in the setup recipe, end to end over HTTP with the fake clock:
/// submit → automated checks → editor task → approve / request changes / reject, reminders, races and restarts.
/// </summary>
public abstract class PlatformReviewTests(EduHubSite site)
{
    [Fact]
    public async Task Failed_checks_come_back_to_the_partner_as_changes_requested()
    {
        var (partner, _, organization) = await PartnerAsync("checks");
        var heravar = await (await site.Anonymous().GetAsync($"/api/content/{Demo.HeravarPlatform}")).ReadObjectAsync();
        var duplicateSite = heravar["Platform"]!["Website"]!["Url"]!.GetValue<string>();
        var id = await DraftAsync(partner, $"Duplicate listing {Guid.NewGuid():n}", organization, duplicateSite);

        var submitted = await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit");

        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var history = await WorkflowTestKit.HistoryAsync(partner, id);
        Assert.Equal("changes-requested", history["state"]!.GetValue<string>());
        var steps = history["steps"]!.AsArray();
        Assert.Equal(["submit", "automated-checks"], steps.Select(s => s!["action"]!.GetValue<string>()));
        Assert.Contains("already uses the website", steps[1]!["comment"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("system", steps[1]!["userName"]!.GetValue<string>());
        var editor = await site.UserAsync("checks-editor", ["Editor"]);
        Assert.DoesNotContain(await (await editor.GetAsync("/api/workflows/tasks")).ReadArrayAsync(), t => t!["contentItemId"]!.GetValue<string>() == id);
        Assert.Contains(await (await partner.GetAsync("/api/workflows/notifications")).ReadArrayAsync(), n => n!["contentItemId"]?.GetValue<string>() == id);
        var mail = Assert.Single(WorkflowTestKit.Mails(site, "Changes needed before review: Duplicate listing"), m => m.To.ToString().Contains("partner-checks", StringComparison.Ordinal));
        Assert.Contains("already uses the website", mail.TextBody ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_requested_then_resubmitted_then_approved_is_published_and_visible_in_graphql()
    {
        var (partner, _, organization) = await PartnerAsync("cycle");
        var editor = await site.UserAsync("cycle-editor", ["Editor"]);
        var title = $"Cycle listing {Guid.NewGuid():n}";
        var id = await DraftAsync(partner, title, organization);

        Assert.Equal(HttpStatusCode.Accepted, (await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
        Assert.Equal("in-review", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
        var task = await WorkflowTestKit.TasksAsync(editor, id);
        Assert.Equal(["approve", "request-changes", "reject"], task["actions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime.AddDays(3), task["dueUtc"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromMinutes(1));
        Assert.Contains(WorkflowTestKit.Mails(site, "Listing to review: " + title), m => m.To.ToString().Contains("cycle-editor", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, (await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);

        var noComment = await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "request-changes");
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Equal("in-review", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
        var changes = await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "request-changes", "Please list the grades you cover.");
        Assert.Equal(HttpStatusCode.OK, changes.StatusCode);
        Assert.Equal("changes-requested", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
        Assert.Single(WorkflowTestKit.Mails(site, "Changes requested: " + title));

        var draft = await (await partner.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();
        draft["Platform"]!["Grades"] = new JsonObject { ["Values"] = new JsonArray("5", "6") };
        Assert.Equal(HttpStatusCode.OK, (await partner.PostJsonAsync("/api/content?draft=true", draft)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
        var second = await WorkflowTestKit.TasksAsync(editor, id);
        var approved = await WorkflowTestKit.CompleteAsync(editor, second["id"]!.GetValue<string>(), "approve", "Looks good.");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var history = await WorkflowTestKit.HistoryAsync(partner, id);
        Assert.Equal("published", history["state"]!.GetValue<string>());
        Assert.Equal(["submit", "automated-checks", "request-changes", "submit", "automated-checks", "approve"],
            history["steps"]!.AsArray().Select(s => s!["action"]!.GetValue<string>()));
        Assert.Equal("cycle-editor", history["steps"]![5]!["userName"]!.GetValue<string>());
        Assert.Equal("in-review", history["steps"]![5]!["fromState"]!.GetValue<string>());
        var (_, body) = await site.Anonymous().GraphQLAsync("query($t: String) { platform(where: { displayText: $t }) { displayText grades } }", new { t = title });
        Assert.Equal(title, body.Data("platform")[0]!["displayText"]!.GetValue<string>());
        Assert.Single(WorkflowTestKit.Mails(site, "Your listing is live: " + title));
    }

    [Fact]
    public async Task Rejected_listing_is_archived_with_the_reason()
    {
        var (partner, _, organization) = await PartnerAsync("reject");
        var editor = await site.UserAsync("reject-editor", ["Editor"]);
        var title = $"Rejected listing {Guid.NewGuid():n}";
        var id = await DraftAsync(partner, title, organization);
        await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit");
        var task = await WorkflowTestKit.TasksAsync(editor, id);

        Assert.Equal(HttpStatusCode.BadRequest, (await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "reject", " ")).StatusCode);
        var rejected = await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "reject", "Not a distance-learning platform.");

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var history = await WorkflowTestKit.HistoryAsync(partner, id);
        Assert.Equal("archived", history["state"]!.GetValue<string>());
        Assert.Equal("Not a distance-learning platform.", history["steps"]!.AsArray().Last()!["comment"]!.GetValue<string>());
        Assert.Contains("Not a distance-learning platform.", Assert.Single(WorkflowTestKit.Mails(site, "Listing rejected: " + title)).TextBody ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
    }

    [Fact]
    public async Task Editing_a_live_listing_keeps_the_published_version_until_the_change_is_approved()
    {
        var (partner, _, organization) = await PartnerAsync("live");
        var editor = await site.UserAsync("live-editor", ["Editor"]);
        var id = await DraftAsync(partner, $"Live listing {Guid.NewGuid():n}", organization);
        await ApproveAsync(partner, editor, id);
        var (other, _, _) = await PartnerAsync("live-other");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/workflows/content/{id}/history")).StatusCode);
        var live = await (await partner.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();

        live["Platform"]!["Summary"] = new JsonObject { ["Text"] = "New summary waiting for review." };
        Assert.Equal(HttpStatusCode.OK, (await partner.PostJsonAsync("/api/content?draft=true", live)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);

        Assert.Equal("Lessons for grades 5 to 9.", await PublicSummaryAsync(id));
        var task = await WorkflowTestKit.TasksAsync(editor, id);
        Assert.Equal(HttpStatusCode.OK, (await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "approve")).StatusCode);
        Assert.Equal("New summary waiting for review.", await PublicSummaryAsync(id));
    }

    [Fact]
    public async Task Two_editors_approving_at_once_decide_once_publish_once_and_mail_once()
    {
        var (partner, _, organization) = await PartnerAsync("race");
        var first = await site.UserAsync("race-editor-1", ["Editor"]);
        var second = await site.UserAsync("race-editor-2", ["Editor"]);
        var title = $"Race listing {Guid.NewGuid():n}";
        var id = await DraftAsync(partner, title, organization);
        await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit");
        var taskId = (await WorkflowTestKit.TasksAsync(first, id))["id"]!.GetValue<string>();

        var responses = await Task.WhenAll(
            WorkflowTestKit.CompleteAsync(first, taskId, "approve", "first"),
            WorkflowTestKit.CompleteAsync(second, taskId, "approve", "second"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var conflict = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ReadObjectAsync();
        Assert.Contains("already decided", conflict["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var audit = await (await site.Admin().GetAsync($"/api/audit?contentItemId={id}")).ReadArrayAsync();
        Assert.Single(audit, a => a!["action"]!.GetValue<string>() == "Published");
        Assert.Single(WorkflowTestKit.Mails(site, "Your listing is live: " + title));
        Assert.Single((await WorkflowTestKit.HistoryAsync(partner, id))["steps"]!.AsArray(), s => s!["action"]!.GetValue<string>() == "approve");
    }

    [Fact]
    public async Task Two_submissions_at_once_start_one_review()
    {
        var (partner, _, organization) = await PartnerAsync("double");
        var editor = await site.UserAsync("double-editor", ["Editor"]);
        var id = await DraftAsync(partner, $"Double submit {Guid.NewGuid():n}", organization);

        var responses = await Task.WhenAll(
            partner.PostEmptyAsync($"/api/workflows/content/{id}/submit"),
            partner.PostEmptyAsync($"/api/workflows/content/{id}/submit"));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Single(await (await editor.GetAsync("/api/workflows/tasks")).ReadArrayAsync(), t => t!["contentItemId"]!.GetValue<string>() == id);
        Assert.Single((await WorkflowTestKit.HistoryAsync(partner, id))["steps"]!.AsArray(), s => s!["action"]!.GetValue<string>() == "submit");
    }

    [Fact]
    public async Task Reminder_after_two_days_and_escalation_after_five_each_once()
    {
        var (partner, _, organization) = await PartnerAsync("remind");
        await site.UserAsync("remind-editor", ["Editor"]);
        var title = $"Reminded listing {Guid.NewGuid():n}";
        var id = await DraftAsync(partner, title, organization);
        await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit");

        site.Clock.Advance(TimeSpan.FromDays(1));
        await WorkflowTestKit.RunWorkerAsync(site.Services);
        Assert.Empty(WorkflowTestKit.Mails(site, "Reminder: listing waiting for review: " + title));
        site.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await WorkflowTestKit.RunWorkerAsync(site.Services);
        await WorkflowTestKit.RunWorkerAsync(site.Services);
        Assert.Contains(WorkflowTestKit.Mails(site, "Reminder: listing waiting for review: " + title), m => m.To.ToString().Contains("remind-editor", StringComparison.Ordinal));
        var reminders = WorkflowTestKit.Mails(site, "Reminder: listing waiting for review: " + title).Count;
        Assert.Empty(WorkflowTestKit.Mails(site, "Escalation: listing undecided for 5 days: " + title));

        site.Clock.Advance(TimeSpan.FromDays(3));
        await WorkflowTestKit.RunWorkerAsync(site.Services);
        await WorkflowTestKit.RunWorkerAsync(site.Services);

        Assert.Equal(reminders, WorkflowTestKit.Mails(site, "Reminder: listing waiting for review: " + title).Count);
        Assert.Contains(Assert.Single(WorkflowTestKit.Mails(site, "Escalation: listing undecided for 5 days: " + title)).To.ToString(), "admin@eduhub.local", StringComparison.Ordinal);
        Assert.Equal("in-review", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Timer_due_while_a_decision_arrives_runs_once_and_the_decision_wins_once()
    {
        var (partner, _, organization) = await PartnerAsync("timerrace");
        var editor = await site.UserAsync("timerrace-editor", ["Editor"]);
        var title = $"Timer race listing {Guid.NewGuid():n}";
        var id = await DraftAsync(partner, title, organization);
        await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit");
        var taskId = (await WorkflowTestKit.TasksAsync(editor, id))["id"]!.GetValue<string>();
        site.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        var decision = WorkflowTestKit.CompleteAsync(editor, taskId, "approve");
        await Task.WhenAll(decision, WorkflowTestKit.RunWorkerAsync(site.Services), WorkflowTestKit.RunWorkerAsync(site.Services));
        await WorkflowTestKit.RunWorkerAsync(site.Services);

        Assert.Equal(HttpStatusCode.OK, (await decision).StatusCode);
        Assert.True(WorkflowTestKit.Mails(site, "Reminder: listing waiting for review: " + title).Select(m => m.To.ToString()).GroupBy(t => t).All(g => g.Count() == 1));
        Assert.Single(WorkflowTestKit.Mails(site, "Your listing is live: " + title));
        Assert.Equal("published", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
        site.Clock.Advance(TimeSpan.FromDays(4));
        await WorkflowTestKit.RunWorkerAsync(site.Services);
        Assert.Empty(WorkflowTestKit.Mails(site, "Escalation: listing undecided for 5 days: " + title));
    }

    [Fact]
    public async Task A_new_host_over_the_same_database_resumes_the_halted_review()
    {
        var (partner, _, organization) = await PartnerAsync("restart");
        await site.UserAsync("restart-editor", ["Editor"]);
        var title = $"Restart listing {Guid.NewGuid():n}";
        var id = await DraftAsync(partner, title, organization);
        await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit");

        await using var restarted = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()));
        var editor = restarted.CreateClient();
        editor.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"restart-editor:{EduHubSite.UserPassword}")));
        var taskId = (await WorkflowTestKit.TasksAsync(editor, id))["id"]!.GetValue<string>();
        var approved = await WorkflowTestKit.CompleteAsync(editor, taskId, "approve");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal("published", (await WorkflowTestKit.HistoryAsync(partner, id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_task_input_and_other_organisations_change_nothing()
    {
        var (partner, _, organization) = await PartnerAsync("owner");
        var (intruder, _, intruderOrganization) = await PartnerAsync("intruder");
        var editor = await site.UserAsync("bad-input-editor", ["Editor"]);
        var id = await DraftAsync(partner, $"Guarded listing {Guid.NewGuid():n}", organization);
        await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit");
        var taskId = (await WorkflowTestKit.TasksAsync(editor, id))["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, (await WorkflowTestKit.CompleteAsync(editor, "0000000000forgedtaskid0000", "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await WorkflowTestKit.CompleteAsync(editor, "../../etc", "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WorkflowTestKit.CompleteAsync(editor, taskId, "publish-everything")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WorkflowTestKit.CompleteAsync(partner, taskId, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WorkflowTestKit.CompleteAsync(intruder, taskId, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WorkflowTestKit.CompleteAsync(site.Anonymous(), taskId, "approve")).StatusCode);
        Assert.Empty(await (await intruder.GetAsync("/api/workflows/tasks")).ReadArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/api/workflows/content/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
        var foreign = await intruder.PostJsonAsync("/api/content?draft=true", WorkflowTestKit.Listing($"Foreign provider {Guid.NewGuid():n}", organization));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);

        Assert.Equal("Open", (await WorkflowTestKit.TasksAsync(editor, id))["status"]!.GetValue<string>());
        var history = await WorkflowTestKit.HistoryAsync(partner, id);
        Assert.Equal("in-review", history["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        Assert.NotEqual(organization, intruderOrganization);
    }

    private async Task<(HttpClient Partner, string UserName, string Organization)> PartnerAsync(string name)
    {
        var organization = await WorkflowTestKit.OrganizationAsync(site, $"Partner {name} {Guid.NewGuid():n}");
        var userName = $"partner-{name}";
        return (await site.UserAsync(userName, ["Partner"], organization: organization), userName, organization);
    }

    private static async Task<string> DraftAsync(HttpClient partner, string title, string organization, string? website = null)
    {
        var response = await partner.PostJsonAsync("/api/content?draft=true", WorkflowTestKit.Listing(title, organization, website));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    private static async Task ApproveAsync(HttpClient partner, HttpClient editor, string id)
    {
        Assert.Equal(HttpStatusCode.Accepted, (await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit")).StatusCode);
        var task = await WorkflowTestKit.TasksAsync(editor, id);
        Assert.Equal(HttpStatusCode.OK, (await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "approve")).StatusCode);
    }

    private async Task<string> PublicSummaryAsync(string id) =>
        (await (await site.Anonymous().GetAsync($"/api/content/{id}")).ReadObjectAsync())["Platform"]!["Summary"]!["Text"]!.GetValue<string>();
}

public sealed class PlatformReviewSqliteTests(WorkflowSqliteSite site) : PlatformReviewTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class PlatformReviewPostgresTests(WorkflowPostgresSite site) : PlatformReviewTests(site), IClassFixture<WorkflowPostgresSite>;
