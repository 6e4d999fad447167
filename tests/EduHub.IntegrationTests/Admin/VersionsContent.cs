using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Admin;

/// <summary>Content set up for the history, translation and audit pages, written as the system (owner as given).</summary>
internal static class VersionsContent
{
    public static async Task<ContentResult> RunAsync(EduHubSite site, Func<ContentManager, Task<ContentResult>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        return await action(scope.ServiceProvider.GetRequiredService<ContentManager>());
    }

    /// <summary>A published platform owned by <paramref name="owner"/>.</summary>
    public static async Task<ContentItem> PublishedPlatformAsync(EduHubSite site, string title, string owner = "admin")
    {
        var item = ContentItemJson.FromJson(Items.Platform(title));
        item.Owner = owner;
        item.Author = owner;
        var result = await RunAsync(site, content => content.CreateAsync(item, publish: true));
        Assert.True(result.Succeeded, result.Message + string.Join("; ", result.ErrorList.Select(e => e.Message)));
        return result.Item!;
    }

    /// <summary>Saves a draft of the item after <paramref name="change"/> (based on its latest version).</summary>
    public static async Task<ContentItem> DraftAsync(EduHubSite site, string id, Action<ContentItem> change)
    {
        var result = await RunAsync(site, async content =>
        {
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            change(latest);
            return await content.UpdateAsync(latest, new ContentSaveOptions(false, latest.ContentItemVersionId));
        });
        Assert.True(result.Succeeded, result.Message + string.Join("; ", result.ErrorList.Select(e => e.Message)));
        return result.Item!;
    }

    public static async Task<IReadOnlyList<ContentItem>> VersionsAsync(EduHubSite site, string id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        return await scope.ServiceProvider.GetRequiredService<ContentManager>().ListVersionsAsync(id);
    }

    public static async Task<ContentItem?> GetAsync(EduHubSite site, string id, VersionOptions options = VersionOptions.Latest)
    {
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        return await scope.ServiceProvider.GetRequiredService<ContentManager>().GetAsync(id, options);
    }

    public static void SetText(ContentItem item, string field, string text) => item.Field("Platform", field)!["Text"] = text;

    public static string? Text(ContentItem item, string field) => item.Field("Platform", field)?["Text"]?.GetValue<string>();

    public static void SetIds(ContentItem item, string field, string property, params string[] ids) =>
        item.GetOrCreatePart("Platform")[field] = new JsonObject { [property] = new JsonArray(ids.Select(i => (JsonNode?)i).ToArray()) };
}
