using System.Net;
using System.Text.Json.Nodes;
using EduHub.Core.Recipes;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Workflows;

/// <summary>The engine over HTTP and recipes: import checks, content events, tasks, sandboxed scripts, faults and retry.</summary>
public abstract class WorkflowEngineTests(EduHubSite site)
{
    [Theory]
    [InlineData("unknown-activity", "Unknown activity 'NoSuchTask'")]
    [InlineData("dangling-transition", "Dangling transition: no activity 'nowhere'")]
    [InlineData("unknown-outcome", "has no outcome 'Maybe'")]
    [InlineData("bad-script", "JavaScript syntax error")]
    [InlineData("bad-cron", "is not a cron expression")]
    [InlineData("no-start", "No activity has IsStart")]
    public async Task Invalid_definition_is_refused_with_a_clear_error_and_nothing_is_stored(string defect, string expected)
    {
        var id = $"bad-{defect}-{Guid.NewGuid():n}"[..40];
        var definition = Definition(id, "School", ("log", "LogTask", new JsonObject { ["Text"] = "hello" }));
        var activities = definition["Activities"]!.AsArray();
        var transitions = definition["Transitions"]!.AsArray();
        switch (defect)
        {
            case "unknown-activity":
                activities.Add(Activity("x", "NoSuchTask", []));
                break;
            case "dangling-transition":
                transitions.Add(Transition("log", "Done", "nowhere"));
                break;
            case "unknown-outcome":
                transitions.Add(Transition("start", "Maybe", "log"));
                break;
            case "bad-script":
                activities.Add(Activity("if", "IfElseTask", new JsonObject { ["Condition"] = new JsonObject { ["Expression"] = "property('a') >" } }));
                break;
            case "bad-cron":
                activities.Add(Activity("timer", "TimerEvent", new JsonObject { ["CronExpression"] = "every day" }));
                break;
            default:
                activities[0]!["IsStart"] = false;
                break;
        }

        var error = await Assert.ThrowsAsync<RecipeException>(() => WorkflowTestKit.ImportAsync(site, definition));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("$.steps[0].data[0]", error.Message, StringComparison.Ordinal);
        var types = await (await site.Admin().GetAsync("/api/workflows/types")).ReadArrayAsync();
        Assert.DoesNotContain(types, t => t!["WorkflowTypeId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Content_created_event_runs_script_condition_and_publishes_the_item()
    {
        var definition = Definition($"auto-publish-{Guid.NewGuid():n}", "School",
            ("len", "SetPropertyTask", new JsonObject { ["PropertyName"] = "TitleLength", ["Value"] = new JsonObject { ["Expression"] = "contentItem.DisplayText.length" } }),
            ("if", "IfElseTask", new JsonObject { ["Condition"] = new JsonObject { ["Expression"] = "property('TitleLength') > 3 && input('ContentType') === 'School'" } }),
            ("publish", "PublishContentTask", []));
        definition["Transitions"]!.AsArray().Add(Transition("if", "True", "publish"));
        ChainFirst(definition, "start", "len", "if");
        await WorkflowTestKit.ImportAsync(site, definition);
        var title = $"Workflow school {definition["WorkflowTypeId"]}";

        var created = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School(title))).ReadObjectAsync();

        var id = created["ContentItemId"]!.GetValue<string>();
        var published = await site.Anonymous().GetAsync($"/api/content/{id}");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var instances = await (await site.Admin().GetAsync($"/api/workflows/instances?correlationId={id}")).ReadArrayAsync();
        var instance = Assert.Single(instances, i => i!["workflowTypeId"]!.GetValue<string>() == definition["WorkflowTypeId"]!.GetValue<string>());
        Assert.Equal("Finished", instance!["status"]!.GetValue<string>());
        var detail = await (await site.Admin().GetAsync($"/api/workflows/instances/{instance["id"]}")).ReadObjectAsync();
        Assert.Equal(["trigger", "start", "len", "if", "publish"], detail["executed"]!.AsArray().Select(e => e!["activityId"]!.GetValue<string>()));
        Assert.Equal(title.Length, detail["properties"]!["TitleLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task Content_type_filter_leaves_other_types_alone()
    {
        var definition = Definition($"platforms-only-{Guid.NewGuid():n}", "Mentor", ("publish", "PublishContentTask", []));
        ChainFirst(definition, "start", "publish");
        await WorkflowTestKit.ImportAsync(site, definition);

        var created = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Unfiltered school {definition["WorkflowTypeId"]}"))).ReadObjectAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{created["ContentItemId"]}")).StatusCode);
    }

    [Theory]
    [InlineData("while (true) { }", "Statement")]
    [InlineData("var f = function () { return f(); }; f();", "recursion")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "System is not defined")]
    [InlineData("importNamespace('System.IO')", "importNamespace is not defined")]
    public async Task Malicious_script_faults_the_instance_and_keeps_the_error(string script, string expected)
    {
        var definition = Definition($"malicious-{Guid.NewGuid():n}", "School", ("script", "ScriptTask", new JsonObject { ["Script"] = script }), ("publish", "PublishContentTask", []));
        ChainFirst(definition, "start", "script", "publish");
        await WorkflowTestKit.ImportAsync(site, definition);

        var created = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Script school {definition["WorkflowTypeId"]}"))).ReadObjectAsync();

        var id = created["ContentItemId"]!.GetValue<string>();
        var instance = await InstanceAsync(id, definition);
        Assert.Equal("Faulted", instance["status"]!.GetValue<string>());
        Assert.Contains(expected, instance["error"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
    }

    [Fact]
    public async Task Faulted_instance_is_retried_from_the_admin_api()
    {
        var definition = Definition($"retry-{Guid.NewGuid():n}", "School",
            ("script", "ScriptTask", new JsonObject { ["Script"] = "if (contentItem.DisplayText.indexOf('ready') < 0) { throw new Error('not ready yet'); }" }),
            ("publish", "PublishContentTask", []));
        ChainFirst(definition, "start", "script", "publish");
        await WorkflowTestKit.ImportAsync(site, definition);
        var created = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Retry school {definition["WorkflowTypeId"]}"))).ReadObjectAsync();
        var id = created["ContentItemId"]!.GetValue<string>();
        var faulted = await InstanceAsync(id, definition);
        Assert.Contains("not ready yet", faulted["error"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await site.UserAsync("retry-editor", ["Editor"])).PostEmptyAsync($"/api/workflows/instances/{faulted["id"]}/retry")).StatusCode);
        created["TitlePart"]!["Title"] = created["DisplayText"]!.GetValue<string>() + " ready";
        Assert.Equal(HttpStatusCode.OK, (await site.Admin().PostJsonAsync("/api/content?draft=true", created)).StatusCode);
        var retried = await site.Admin().PostEmptyAsync($"/api/workflows/instances/{faulted["id"]}/retry");

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("Finished", (await InstanceAsync(id, definition))["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await site.Admin().PostEmptyAsync($"/api/workflows/instances/{faulted["id"]}/retry")).StatusCode);
    }

    [Fact]
    public async Task Script_outcomes_choose_the_branch()
    {
        var definition = Definition($"outcomes-{Guid.NewGuid():n}", "School",
            ("route", "ScriptTask", new JsonObject { ["AvailableOutcomes"] = new JsonArray("Publish", "Skip"), ["Script"] = "setOutcome(contentItem.DisplayText.indexOf('skip') >= 0 ? 'Skip' : 'Publish');" }),
            ("publish", "PublishContentTask", []));
        ChainFirst(definition, "start", "route");
        definition["Transitions"]!.AsArray().Add(Transition("route", "Publish", "publish"));
        await WorkflowTestKit.ImportAsync(site, definition);

        var published = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Routed school {definition["WorkflowTypeId"]}"))).ReadObjectAsync();
        var skipped = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Routed school skip {definition["WorkflowTypeId"]}"))).ReadObjectAsync();

        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{published["ContentItemId"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{skipped["ContentItemId"]}")).StatusCode);
    }

    [Fact]
    public async Task Timer_event_waits_for_the_clock()
    {
        var definition = Definition($"timer-{Guid.NewGuid():n}", "School", ("wait", "TimerEvent", new JsonObject { ["Delay"] = "1.00:00:00" }), ("publish", "PublishContentTask", []));
        ChainFirst(definition, "start", "wait", "publish");
        await WorkflowTestKit.ImportAsync(site, definition);
        var created = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Timer school {definition["WorkflowTypeId"]}"))).ReadObjectAsync();
        var id = created["ContentItemId"]!.GetValue<string>();

        await WorkflowTestKit.RunWorkerAsync(site.Services);
        Assert.Equal("Halted", (await InstanceAsync(id, definition))["status"]!.GetValue<string>());
        site.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await WorkflowTestKit.RunWorkerAsync(site.Services);

        Assert.Equal("Finished", (await InstanceAsync(id, definition))["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
    }

    [Fact]
    public async Task Signal_link_from_an_email_resumes_the_instance_once_and_expires()
    {
        var definition = Definition($"signal-{Guid.NewGuid():n}", "School",
            ("mail", "EmailTask", new JsonObject { ["Recipients"] = new JsonArray("signal@example.org"), ["Subject"] = "Confirm {{ Workflow.CorrelationId }}", ["Body"] = "Open {{ 'confirm' | signal_url }}" }),
            ("confirm", "SignalEvent", new JsonObject { ["Signal"] = "confirm" }),
            ("publish", "PublishContentTask", []));
        ChainFirst(definition, "start", "mail", "confirm", "publish");
        await WorkflowTestKit.ImportAsync(site, definition);
        var first = (await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Signal school {definition["WorkflowTypeId"]}"))).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        var second = (await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Signal school 2 {definition["WorkflowTypeId"]}"))).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        var link = SignalLink(first);

        Assert.Equal(HttpStatusCode.BadRequest, (await site.Anonymous().GetAsync(link[..^3] + "abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Anonymous().GetAsync("/api/workflows/signal/not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await site.Anonymous().GetAsync(link)).StatusCode);

        site.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(HttpStatusCode.Gone, (await site.Anonymous().GetAsync(SignalLink(second))).StatusCode);
        Assert.Equal("Halted", (await InstanceAsync(second, definition))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fork_and_join_wait_for_both_branches()
    {
        var definition = Definition($"fork-{Guid.NewGuid():n}", "School",
            ("fork", "ForkTask", new JsonObject { ["Forks"] = new JsonArray("A", "B") }),
            ("a", "SetPropertyTask", new JsonObject { ["PropertyName"] = "A", ["Value"] = "1" }),
            ("b", "SetPropertyTask", new JsonObject { ["PropertyName"] = "B", ["Value"] = "2" }),
            ("join", "JoinTask", new JsonObject { ["Mode"] = "WaitAll" }),
            ("publish", "PublishContentTask", []));
        ChainFirst(definition, "start", "fork");
        foreach (var (from, outcome, to) in new[] { ("fork", "A", "a"), ("fork", "B", "b"), ("a", "Done", "join"), ("b", "Done", "join"), ("join", "Joined", "publish") })
        {
            definition["Transitions"]!.AsArray().Add(Transition(from, outcome, to));
        }

        await WorkflowTestKit.ImportAsync(site, definition);
        var id = (await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Fork school {definition["WorkflowTypeId"]}"))).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        var detail = await (await site.Admin().GetAsync($"/api/workflows/instances/{(await InstanceAsync(id, definition))["id"]}")).ReadObjectAsync();
        var executed = detail["executed"]!.AsArray().Select(e => e!["activityId"]!.GetValue<string>()).ToList();
        Assert.Equal(2, executed.Count(e => e == "join"));
        Assert.Single(executed, e => e == "publish");
    }

    [Theory]
    [InlineData("https://partner-api.example.am/ok", "200", null, 1)]
    [InlineData("https://partner-api.example.am/missing", "UnhandledHttpStatus", null, 1)]
    [InlineData("http://127.0.0.1:8080/admin", "Failed", "private or local", 0)]
    [InlineData("http://localhost/admin", "Failed", "private or local", 0)]
    [InlineData("http://[::1]/admin", "Failed", "private or local", 0)]
    [InlineData("https://partner-api.example.am/redirect", "Failed", "private or local", 1)]
    [InlineData("https://partner-api.example.am/slow", "Failed", "timed out", 1)]
    [InlineData("file:///etc/passwd", "Failed", "Only http", 0)]
    public async Task Http_request_task_calls_public_addresses_only_and_times_out(string url, string outcome, string? error, int calls)
    {
        var network = new FakeOutboundNetwork();
        await using var node = site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddHttpClient(EduHub.Workflows.Activities.HttpRequestTask.ClientName).ConfigurePrimaryHttpMessageHandler(() => network)));
        var admin = node.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"admin:{EduHubSite.AdminPassword}")));
        var definition = Definition($"http-{Guid.NewGuid():n}", "School",
            ("call", "HttpRequestTask", new JsonObject
            {
                ["Url"] = "{{ ContentItem.DisplayText | split: '| ' | last }}", ["TimeoutSeconds"] = "1", ["HttpResponseCodes"] = new JsonArray("200"),
                ["Headers"] = new JsonObject { ["X-EduHub-Item"] = "{{ Workflow.CorrelationId }}" },
            }));
        ChainFirst(definition, "start", "call");
        await WorkflowTestKit.ImportAsync(site, definition);

        var id = (await (await admin.PostJsonAsync("/api/content?draft=true", Items.School($"Http {definition["WorkflowTypeId"]} | {url}"))).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();

        var detail = await (await site.Admin().GetAsync($"/api/workflows/instances/{(await InstanceAsync(id, definition))["id"]}")).ReadObjectAsync();
        Assert.Equal("Finished", detail["status"]!.GetValue<string>());
        Assert.Equal([outcome], detail["executed"]!.AsArray().Last()!["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(calls, network.Requests.Count);
        if (error is not null)
        {
            Assert.Contains(error, detail["properties"]!["HttpError"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Finished_instances_are_trimmed_after_the_retention()
    {
        var definition = Definition($"retention-{Guid.NewGuid():n}", "School", ("log", "LogTask", new JsonObject { ["Text"] = "done" }));
        ChainFirst(definition, "start", "log");
        await WorkflowTestKit.ImportAsync(site, definition);
        var id = (await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Retention school {definition["WorkflowTypeId"]}"))).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        Assert.Equal("Finished", (await InstanceAsync(id, definition))["status"]!.GetValue<string>());

        site.Clock.Advance(TimeSpan.FromDays(29));
        await WorkflowTestKit.RunWorkerAsync(site.Services);
        Assert.Equal("Finished", (await InstanceAsync(id, definition))["status"]!.GetValue<string>());
        site.Clock.Advance(TimeSpan.FromDays(2));
        await WorkflowTestKit.RunWorkerAsync(site.Services);

        Assert.Empty(await (await site.Admin().GetAsync($"/api/workflows/instances?correlationId={id}")).ReadArrayAsync());
    }

    [Fact]
    public async Task Workflow_admin_api_needs_the_permission()
    {
        var editor = await site.UserAsync("wf-admin-editor", ["Editor"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/workflows/instances")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Anonymous().GetAsync("/api/workflows/types")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Admin().GetAsync("/api/workflows/instances?status=sleeping")).StatusCode);
    }

    private string SignalLink(string contentItemId)
    {
        var mail = Assert.Single(WorkflowTestKit.Mails(site, "Confirm " + contentItemId));
        return System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"/api/workflows/signal/[A-Za-z0-9_\-.]+").Value;
    }

    private async Task<JsonObject> InstanceAsync(string correlationId, JsonObject definition)
    {
        var instances = await (await site.Admin().GetAsync($"/api/workflows/instances?correlationId={correlationId}")).ReadArrayAsync();
        return (JsonObject)instances.Single(i => i!["workflowTypeId"]!.GetValue<string>() == definition["WorkflowTypeId"]!.GetValue<string>())!;
    }

    internal static JsonObject Definition(string id, string contentType, params (string Id, string Name, JsonObject Properties)[] tasks)
    {
        // Tests of one class share a site: "start" only lets through items whose title names this definition.
        var activities = new JsonArray(
            Activity("trigger", "ContentCreatedEvent", new JsonObject { ["ContentTypeFilter"] = new JsonArray(contentType) }, isStart: true),
            Activity("start", "IfElseTask", new JsonObject { ["Condition"] = new JsonObject { ["Expression"] = $"contentItem.DisplayText.indexOf('{id}') >= 0" } }));
        foreach (var (activityId, name, properties) in tasks)
        {
            activities.Add(Activity(activityId, name, properties));
        }

        return new JsonObject
        {
            ["WorkflowTypeId"] = id,
            ["Name"] = id,
            ["IsEnabled"] = true,
            ["IsSingleton"] = false,
            ["DeleteFinishedWorkflows"] = false,
            ["Activities"] = activities,
            ["Transitions"] = new JsonArray(Transition("trigger", "Done", "start")),
        };
    }

    /// <summary>Links the activities one after the other on their first outcome (Done, or True for IfElse).</summary>
    private static void ChainFirst(JsonObject definition, params string[] ids)
    {
        var names = definition["Activities"]!.AsArray().ToDictionary(a => a!["ActivityId"]!.GetValue<string>(), a => a!["Name"]!.GetValue<string>());
        for (var i = 0; i + 1 < ids.Length; i++)
        {
            var outcome = names[ids[i]] switch { "IfElseTask" => "True", "PublishContentTask" => "Published", _ => "Done" };
            definition["Transitions"]!.AsArray().Add(Transition(ids[i], outcome, ids[i + 1]));
        }
    }

    private static JsonObject Activity(string id, string name, JsonObject properties, bool isStart = false) => new()
    {
        ["ActivityId"] = id,
        ["Name"] = name,
        ["X"] = 0,
        ["Y"] = 0,
        ["IsStart"] = isStart,
        ["Properties"] = properties,
    };

    private static JsonObject Transition(string source, string outcome, string destination) => new()
    {
        ["SourceActivityId"] = source,
        ["SourceOutcomeName"] = outcome,
        ["DestinationActivityId"] = destination,
    };
}

public sealed class WorkflowEngineSqliteTests(WorkflowSqliteSite site) : WorkflowEngineTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class WorkflowEnginePostgresTests(WorkflowPostgresSite site) : WorkflowEngineTests(site), IClassFixture<WorkflowPostgresSite>;
