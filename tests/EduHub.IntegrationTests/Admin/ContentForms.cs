using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Admin;

/// <summary>Posts the content editor's forms as a browser would, with several values per name (checkboxes, multi-selects).</summary>
internal static class ContentForms
{
    public const string Form = "form.content-form";

    /// <param name="values">Replace every value of the names they name (an empty list of a name unchecks everything).</param>
    public static Task<HttpResponseMessage> PostAsync(AdminBrowser browser, IHtmlDocument page, string action, params (string Name, string[] Values)[] values) =>
        PostAsync(browser, page, Form, action, values);

    public static async Task<HttpResponseMessage> PostAsync(AdminBrowser browser, IHtmlDocument page, string selector, string? action, params (string Name, string[] Values)[] values)
    {
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form '{selector}' on {page.Url}.");
        var names = values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var fields = AdminBrowser.FormFields(form).Where(f => !names.Contains(f.Key)).ToList();
        fields.AddRange(values.SelectMany(v => v.Values.Select(value => new KeyValuePair<string, string>(v.Name, value))));
        if (action is not null)
        {
            fields.Add(new("action", action));
        }

        var target = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        return await browser.Client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    public static (string, string[]) V(string name, params string[] values) => (name, values);

    /// <summary>The latest version of an item as the admin API returns it.</summary>
    public static async Task<JsonObject?> LatestAsync(EduHubSite site, string id)
    {
        var response = await site.Admin().GetAsync($"/api/content/{id}?version=latest");
        return response.IsSuccessStatusCode ? await response.ReadObjectAsync() : null;
    }

    /// <summary>A redirect's target path and query, whether the Location is absolute or relative.</summary>
    public static string PathOf(HttpResponseMessage redirect) => new Uri(new Uri("http://localhost"), redirect.Headers.Location!).PathAndQuery;

    public static string IdFrom(HttpResponseMessage redirect)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/content/item/", location, StringComparison.Ordinal);
        return location["/admin/content/item/".Length..];
    }
}
