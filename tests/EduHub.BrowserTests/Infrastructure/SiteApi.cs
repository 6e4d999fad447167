using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace EduHub.BrowserTests.Infrastructure;

/// <summary>Sets up what a browser test starts from through the site's REST API (never through the pages under test).</summary>
public static class SiteApi
{
    public static async Task<JsonObject> GetLatestAsync(this BrowserSite site, string contentItemId)
    {
        using var admin = site.Admin();
        var response = await admin.GetAsync($"/api/content/{contentItemId}?version=latest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    /// <summary>Saves an item as the administrator (create or update; a draft unless <paramref name="publish"/>).</summary>
    public static async Task<JsonObject> SaveAsync(this BrowserSite site, JsonObject item, bool publish = false, HttpClient? client = null)
    {
        using var admin = client is null ? site.Admin() : null;
        var response = await (client ?? admin!).PostAsync(
            "/api/content" + (publish ? "" : "?draft=true"),
            new StringContent(item.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"Saving failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ReadAsync(response);
    }

    public static JsonObject Platform(string title, string provider, string? website = null) => new()
    {
        ["ContentType"] = "Platform",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["LocalizationPart"] = new JsonObject { ["Culture"] = "en" },
        ["Platform"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = "Lessons for grades 5 to 9." },
            ["Website"] = new JsonObject { ["Url"] = website ?? $"https://{Guid.NewGuid():n}.example.am", ["Text"] = "Open" },
            ["Provider"] = new JsonObject { ["ContentItemIds"] = new JsonArray(provider) },
            ["Cost"] = new JsonObject { ["Text"] = "free" },
            ["Subjects"] = new JsonObject { ["TaxonomyContentItemId"] = Demo.SubjectsTaxonomy, ["TermContentItemIds"] = new JsonArray(Demo.Mathematics) },
        },
    };

    /// <summary>A partner organisation (published) with a Partner user linked to it.</summary>
    public static async Task<string> PartnerAsync(this BrowserSite site, string userName)
    {
        var organization = await site.SaveAsync(new JsonObject
        {
            ["ContentType"] = "PartnerOrganization",
            ["TitlePart"] = new JsonObject { ["Title"] = $"Partner {userName} {Guid.NewGuid():n}"[..40] },
            ["LocalizationPart"] = new JsonObject { ["Culture"] = "en" },
            ["PartnerOrganization"] = new JsonObject
            {
                ["Kind"] = new JsonObject { ["Text"] = "company" },
                ["Website"] = new JsonObject { ["Url"] = $"https://{Guid.NewGuid():n}.example.am", ["Text"] = userName },
            },
        }, publish: true);
        var id = organization["ContentItemId"]!.GetValue<string>();
        await site.UserAsync(userName, ["Partner"], organization: id);
        return id;
    }

    /// <summary>A Platform listing a partner created as a draft and submitted for review (it passed the automated checks).</summary>
    public static async Task<string> SubmittedListingAsync(this BrowserSite site, string partnerUserName, string title)
    {
        var organization = await site.PartnerAsync(partnerUserName);
        using var partner = site.Http(partnerUserName);
        var draft = await site.SaveAsync(Platform(title, organization), client: partner);
        var id = draft["ContentItemId"]!.GetValue<string>();
        var submitted = await partner.PostAsync($"/api/workflows/content/{id}/submit", new StringContent("{}", Encoding.UTF8, "application/json"));
        var body = await submitted.Content.ReadAsStringAsync();
        Assert.True(submitted.StatusCode == HttpStatusCode.Accepted, $"Submitting failed: {(int)submitted.StatusCode} {body}");
        Assert.Contains("in-review", body, StringComparison.Ordinal);
        return id;
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject ?? throw new InvalidOperationException("Expected a JSON object.");
}
