using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EduHub.IntegrationTests.Workflows;

/// <summary>What workflow tests share: importing definitions, worker rounds, the mail pickup folder, partner set-up.</summary>
internal static class WorkflowTestKit
{
    public static Task ImportAsync(EduHubSite site, JsonObject workflowType) =>
        RecipeRunner.RunAsync(site.Services, new JsonObject
        {
            ["name"] = "test-workflow",
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(workflowType) }),
        }.ToJsonString());

    /// <summary>One background round (due timers, reminders, unsent mail, retention), as the worker does it.</summary>
    public static async Task RunWorkerAsync(IServiceProvider services) =>
        await services.GetRequiredService<WorkflowWorker>().RunOnceAsync(CancellationToken.None);

    public static IReadOnlyList<MimeMessage> Mails(EduHubSite site)
    {
        var folder = Path.Combine(site.DataPath, "mail-pickup");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    public static IReadOnlyList<MimeMessage> Mails(EduHubSite site, string subjectContains) =>
        Mails(site).Where(m => (m.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal)).ToList();

    public static async Task<string> OrganizationAsync(EduHubSite site, string name)
    {
        var response = await site.Admin().PostJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "PartnerOrganization",
            ["TitlePart"] = new JsonObject { ["Title"] = name },
            ["LocalizationPart"] = new JsonObject { ["Culture"] = "en" },
            ["PartnerOrganization"] = new JsonObject
            {
                ["Kind"] = new JsonObject { ["Text"] = "company" },
                ["Website"] = new JsonObject { ["Url"] = $"https://{Guid.NewGuid():n}.example.am", ["Text"] = name },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    public static JsonObject Listing(string title, string organization, string? website = null)
    {
        var item = Items.Platform(title, website ?? $"https://{Guid.NewGuid():n}.example.am");
        item["Platform"]!["Provider"] = new JsonObject { ["ContentItemIds"] = new JsonArray(organization) };
        return item;
    }

    public static async Task<JsonObject> TasksAsync(HttpClient client, string contentItemId)
    {
        var tasks = await (await client.GetAsync("/api/workflows/tasks")).ReadArrayAsync();
        return tasks.OfType<JsonObject>().Single(t => t["contentItemId"]?.GetValue<string>() == contentItemId);
    }

    public static async Task<JsonObject> HistoryAsync(HttpClient client, string contentItemId)
    {
        var response = await client.GetAsync($"/api/workflows/content/{contentItemId}/history");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadObjectAsync();
    }

    public static Task<HttpResponseMessage> CompleteAsync(HttpClient client, string taskId, string action, string? comment = null) =>
        client.PostJsonAsync($"/api/workflows/tasks/{taskId}/complete", new JsonObject { ["action"] = action, ["comment"] = comment });
}
