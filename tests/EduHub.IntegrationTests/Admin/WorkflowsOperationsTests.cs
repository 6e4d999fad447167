using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.IntegrationTests.Workflows;

namespace EduHub.IntegrationTests.Admin;

/// <summary>Workflow types (list, import, export, enable/disable, diagram) and instances (filter, faults, retry) in the admin.</summary>
public sealed class WorkflowsOperationsTests(WorkflowSqliteSite site) : IClassFixture<WorkflowSqliteSite>
{
    [Fact]
    public async Task Types_page_lists_the_shipped_review_and_its_diagram_shows_activities_and_transitions()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var types = await browser.GetAsync("/admin/workflows/types");
        var diagram = await browser.GetAsync("/admin/workflows/types/platform-listing-review");

        Assert.NotNull(types.QuerySelector("tr[data-workflow-type='platform-listing-review'] .badge--published"));
        Assert.Contains(types.QuerySelectorAll("nav.admin-nav a"), a => a.GetAttribute("href") == "/admin/workflows/instances");
        var first = diagram.QuerySelector("table.workflow-diagram tbody tr")!;
        Assert.Contains("SubmittedForReviewEvent", first.TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector(".badge--published"));
        var review = diagram.QuerySelectorAll("table.workflow-diagram tbody tr").Single(r => r.TextContent.Contains("UserTaskEvent", StringComparison.Ordinal));
        Assert.Equal(["approve", "request-changes", "reject"], review.QuerySelectorAll("li[data-outcome]").Select(l => l.GetAttribute("data-outcome")).Take(3));
        Assert.All(review.QuerySelectorAll("li[data-outcome] a"), a => Assert.NotNull(diagram.QuerySelector(a.GetAttribute("href")!)));
    }

    [Fact]
    public async Task Import_of_a_bad_definition_shows_the_json_path_and_stores_nothing()
    {
        var id = $"admin-bad-{Guid.NewGuid():n}"[..30];
        var definition = WorkflowEngineTests.Definition(id, "School", ("log", "LogTask", new JsonObject { ["Text"] = "hello" }));
        definition["Activities"]!.AsArray().Add(new JsonObject { ["ActivityId"] = "x", ["Name"] = "NoSuchTask", ["Properties"] = new JsonObject() });
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/workflows/types");

        var response = await browser.SubmitAsync(page, "form.import-form", new() { ["Definition"] = definition.ToJsonString() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await AdminBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=Definition]")!.TextContent;
        Assert.StartsWith("$.Activities[3].Name: Unknown activity 'NoSuchTask'", message.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(id, await (await site.Admin().GetAsync("/api/workflows/types")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("42", "a workflow type (a JSON object) or an array of them is expected")]
    [InlineData("", "Paste a workflow type's JSON or choose a file.")]
    public async Task Import_of_something_that_is_not_a_definition_is_refused_next_to_the_field(string text, string expected)
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/workflows/types");

        var response = await browser.SubmitAsync(page, "form.import-form", new() { ["Definition"] = text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await AdminBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=Definition]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_definition_can_be_uploaded_as_a_file()
    {
        var id = $"admin-upload-{Guid.NewGuid():n}"[..30];
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/workflows/types");
        var form = page.QuerySelector("form.import-form")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(""), "Definition" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(WorkflowEngineTests.Definition(id, "School", ("log", "LogTask", new JsonObject { ["Text"] = "hello" })).ToJsonString()));
        file.Headers.ContentType = new("application/json");
        content.Add(file, "Upload", $"{id}.json");

        var response = await browser.Client.PostAsync(form.GetAttribute("action"), content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(id, (await StoredAsync(id))!["Name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Exported_json_imports_again_unchanged_and_disabling_stops_new_instances_only_in_the_definition()
    {
        var id = $"admin-export-{Guid.NewGuid():n}"[..30];
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var imported = await browser.SubmitAsync(await browser.GetAsync("/admin/workflows/types"), "form.import-form",
            new() { ["Definition"] = WorkflowEngineTests.Definition(id, "School", ("log", "LogTask", new JsonObject { ["Text"] = "hello" })).ToJsonString() });
        Assert.Contains(id, (await browser.FollowAsync(imported)).QuerySelector("p.notice")!.TextContent, StringComparison.Ordinal);

        var export = await browser.GetResponseAsync($"/admin/workflows/types/{id}?handler=Export");
        var exported = await export.Content.ReadAsStringAsync();
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{id}.workflow.json", export.Content.Headers.ContentDisposition!.FileNameStar ?? export.Content.Headers.ContentDisposition.FileName);
        var reimported = await browser.SubmitAsync(await browser.GetAsync("/admin/workflows/types"), "form.import-form", new() { ["Definition"] = exported });
        Assert.Equal(HttpStatusCode.Redirect, reimported.StatusCode);
        var again = await (await browser.GetResponseAsync($"/admin/workflows/types/{id}?handler=Export")).Content.ReadAsStringAsync();
        Assert.Equal(exported, again);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(exported), await StoredAsync(id)));

        var list = await browser.GetAsync("/admin/workflows/types");
        var disabled = await browser.SubmitAsync(list, $"tr[data-workflow-type='{id}'] form", []);
        Assert.NotNull((await browser.FollowAsync(disabled)).QuerySelector($"tr[data-workflow-type='{id}'] .badge--draft"));
        Assert.False((await StoredAsync(id))!["IsEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_faulted_instance_shows_its_error_and_is_retried_from_the_instances_page()
    {
        var id = $"admin-retry-{Guid.NewGuid():n}"[..30];
        var definition = WorkflowEngineTests.Definition(id, "School",
            ("script", "ScriptTask", new JsonObject { ["Script"] = "if (contentItem.DisplayText.indexOf('ready') < 0) { throw new Error('not ready yet'); }" }),
            ("publish", "PublishContentTask", []));
        definition["Transitions"]!.AsArray().Add(Transition("start", "True", "script"));
        definition["Transitions"]!.AsArray().Add(Transition("script", "Done", "publish"));
        await WorkflowTestKit.ImportAsync(site, definition);
        var created = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Retry school {id}"))).ReadObjectAsync();
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var faulted = await browser.GetAsync($"/admin/workflows/instances?status=Faulted&type={id}");

        var row = Assert.Single(faulted.QuerySelectorAll("table.workflow-instances tbody tr"));
        Assert.Equal("Faulted", row.GetAttribute("data-status"));
        Assert.Contains("not ready yet", row.QuerySelector(".instance-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Faulted", faulted.QuerySelector("#filter-status option[selected]")!.GetAttribute("value"));
        created["TitlePart"]!["Title"] = created["DisplayText"]!.GetValue<string>() + " ready";
        Assert.Equal(HttpStatusCode.OK, (await site.Admin().PostJsonAsync("/api/content?draft=true", created)).StatusCode);

        var retried = await browser.SubmitAsync(faulted, "form.retry-form", []);

        var after = await browser.FollowAsync(retried);
        Assert.Contains("Finished", after.QuerySelector("p.notice")!.TextContent, StringComparison.Ordinal);
        var all = await browser.GetAsync($"/admin/workflows/instances?type={id}");
        Assert.Equal("Finished", Assert.Single(all.QuerySelectorAll("table.workflow-instances tbody tr")).GetAttribute("data-status"));
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{created["ContentItemId"]}")).StatusCode);
        var instanceId = row.GetAttribute("data-instance-id")!;
        var twice = await browser.SubmitAsync(faulted, "form.retry-form", []);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("Only a faulted instance can be retried.", (await AdminBrowser.ParseAsync(twice)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(instanceId, row.QuerySelector("form.retry-form")!.GetAttribute("action")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_may_not_see_types_or_instances_and_nothing_posts_without_the_token()
    {
        await site.UserAsync("ops-editor", ["Editor"]);
        var editor = await AdminBrowser.SignedInAsync(site, "ops-editor", EduHubSite.UserPassword);
        var admin = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        await admin.GetAsync("/admin/workflows/types");

        foreach (var url in new[] { "/admin/workflows/types", "/admin/workflows/instances", "/admin/workflows/types/platform-listing-review", "/admin/workflows/types/platform-listing-review?handler=Export" })
        {
            var response = await editor.GetResponseAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var unsigned = await admin.PostAsync("/admin/workflows/types?handler=Enable&id=platform-listing-review", [new("enable", "false")]);
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.True((await StoredAsync("platform-listing-review"))!["IsEnabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/admin/workflows/types?handler=Import", [new("Definition", "{}")])).StatusCode);
    }

    private async Task<JsonNode?> StoredAsync(string id) =>
        (await (await site.Admin().GetAsync("/api/workflows/types")).ReadArrayAsync()).SingleOrDefault(t => t!["WorkflowTypeId"]!.GetValue<string>() == id);

    private static JsonObject Transition(string source, string outcome, string destination) => new()
    {
        ["SourceActivityId"] = source,
        ["SourceOutcomeName"] = outcome,
        ["DestinationActivityId"] = destination,
    };
}
