using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using EduHub.Core.Messaging;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using EduHub.IntegrationTests.Workflows;
using EduHub.Platforms.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Portal.Partners;

/// <summary>What the partner-area tests share: applications, approval by an editor, signing in through the partner pages.</summary>
internal static class PartnerKit
{
    public static (string Name, string UserName) Names(string kind) => ($"Partner {kind} {Guid.NewGuid():n}"[..40], $"p-{kind}-{Guid.NewGuid():n}"[..24]);

    /// <summary>The apply form's values for a complete application.</summary>
    public static Dictionary<string, string> Application(string name, string userName) => new()
    {
        ["OrganizationName"] = name,
        ["Kind"] = "ngo",
        ["Website"] = $"https://{Guid.NewGuid():n}.example.am",
        ["OrganizationEmail"] = "contact@example.am",
        ["Phone"] = "010 123456",
        ["Description"] = "<p>Lessons for rural schools.</p>",
        ["UserName"] = userName,
        ["Email"] = $"{userName}@example.org",
        ["Password"] = EduHubSite.UserPassword,
    };

    /// <summary>Applies through the REST sign-up and lets an editor approve it; returns the organisation's id.</summary>
    public static async Task<string> ApprovedPartnerAsync(EduHubSite site, string name, string userName)
    {
        var response = await site.Anonymous().PostJsonAsync("/api/partners/signup", new JsonObject
        {
            ["organization"] = new JsonObject { ["name"] = name, ["kind"] = "company", ["website"] = $"https://{Guid.NewGuid():n}.example.am", ["culture"] = "en" },
            ["user"] = new JsonObject { ["userName"] = userName, ["email"] = $"{userName}@example.org", ["password"] = EduHubSite.UserPassword },
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var task = await TaskAsync(site, name);
        Assert.Equal(HttpStatusCode.OK, (await WorkflowTestKit.CompleteAsync(await EditorAsync(site), task["id"]!.GetValue<string>(), "approve")).StatusCode);
        return task["contentItemId"]!.GetValue<string>();
    }

    public static async Task<HttpClient> EditorAsync(EduHubSite site) => await site.UserAsync("partner-pages-editor", ["Editor"]);

    public static async Task<JsonObject> TaskAsync(EduHubSite site, string name)
    {
        var tasks = await (await (await EditorAsync(site)).GetAsync("/api/workflows/tasks")).ReadArrayAsync();
        return (JsonObject)tasks.Single(t => t!["title"]!.GetValue<string>().Contains(name, StringComparison.Ordinal))!;
    }

    public static async Task<int> TaskCountAsync(EduHubSite site, string name)
    {
        var tasks = await (await (await EditorAsync(site)).GetAsync("/api/workflows/tasks")).ReadArrayAsync();
        return tasks.Count(t => t!["title"]!.GetValue<string>().Contains(name, StringComparison.Ordinal));
    }

    public static async Task<HttpResponseMessage> SignInAsync(AdminBrowser browser, string userName, string password = EduHubSite.UserPassword, string culture = "en", string? returnUrl = null)
    {
        var page = await browser.GetAsync($"/partners/{culture}/signin" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        return await browser.SubmitAsync(page, "main form", new() { ["UserName"] = userName, ["Password"] = password });
    }

    public static async Task<AdminBrowser> SignedInAsync(EduHubSite site, string userName)
    {
        var browser = new AdminBrowser(site);
        var response = await SignInAsync(browser, userName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public static async Task<EduHubUser?> FindUserAsync(EduHubSite site, string userName)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>().FindByNameAsync(userName);
    }

    /// <summary>Carries out the outbox's waiting reset requests (the forgot-password page only records them).</summary>
    public static async Task MailsDeliveredAsync(EduHubSite site)
    {
        var outbox = site.Services.GetRequiredService<Outbox>();
        for (var i = 0; i < 300 && await outbox.PendingAsync(PartnerPasswordResetMail.MessageKind, CancellationToken.None) > 0; i++)
        {
            await outbox.ProcessDueAsync(CancellationToken.None);
            await Task.Delay(20);
        }

        Assert.Equal(0, await outbox.PendingAsync(PartnerPasswordResetMail.MessageKind, CancellationToken.None));
    }

    /// <summary>Partner pages show drafts and private data: never stored by a browser or a proxy.</summary>
    public static void AssertPrivateNoStore(HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl;
        Assert.True(cacheControl is { Private: true, NoStore: true, Public: false }, $"Cache-Control: {cacheControl}");
    }

    /// <summary>The message shown beside a field (the span that follows its control).</summary>
    public static string ErrorFor(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";
}
