using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduHub.IntegrationTests.Infrastructure;

/// <summary>
/// A cookie-keeping client for the server-rendered admin: gets pages as AngleSharp documents and submits their
/// forms the way a browser would (every field of the form, its anti-forgery token included, plus overrides).
/// Redirects are not followed, so tests can see them; <see cref="FollowAsync"/> follows one.
/// </summary>
public sealed class AdminBrowser(EduHubSite site)
{
    private readonly HttpClient _client = CreateClient(site);

    public HttpClient Client => _client;

    /// <summary>The admin's language for this browser (Accept-Language); English unless a test says otherwise.</summary>
    public string Language
    {
        get => _client.DefaultRequestHeaders.AcceptLanguage.ToString();
        set
        {
            _client.DefaultRequestHeaders.AcceptLanguage.Clear();
            _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(value);
        }
    }

    public static async Task<AdminBrowser> SignedInAsync(EduHubSite site, string userName, string password)
    {
        var browser = new AdminBrowser(site);
        var response = await browser.SignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {userName} answered {(int)response.StatusCode}.");
        return browser;
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var page = await GetAsync("/admin/account/signin");
        return await SubmitAsync(page, "main form", new() { ["UserName"] = userName, ["Password"] = password });
    }

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return await ParseAsync(body, url);
    }

    public async Task<HttpResponseMessage> GetResponseAsync(string url) => await _client.GetAsync(url);

    /// <summary>Submits the form matched by <paramref name="formSelector"/> with its current values and the overrides.</summary>
    /// <param name="submitter">The name=value of the button pressed (e.g. <c>("action", "publish")</c>).</param>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, Dictionary<string, string> values, (string Name, string Value)? submitter = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = FormFields(form).Where(f => !values.ContainsKey(f.Key)).ToList();
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        if (submitter is { } pressed)
        {
            fields.Add(new(pressed.Name, pressed.Value));
        }

        // A pressed button may send the form elsewhere (formaction, e.g. asp-page-handler).
        var button = submitter is { } b
            ? form.QuerySelectorAll("button, input[type=submit]").FirstOrDefault(e => e.GetAttribute("name") == b.Name && e.GetAttribute("value") == b.Value)
            : null;
        return await PostFormAsync(page, form, button?.GetAttribute("formaction"), fields);
    }

    /// <summary>Submits a form by pressing the button matched by <paramref name="buttonSelector"/> (its name/value and formaction count).</summary>
    public async Task<HttpResponseMessage> PressAsync(IHtmlDocument page, string formSelector, string buttonSelector, Dictionary<string, string> values)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var button = form.QuerySelector(buttonSelector) ?? throw new InvalidOperationException($"No button '{buttonSelector}' in '{formSelector}'.");
        var fields = FormFields(form).Where(f => !values.ContainsKey(f.Key)).ToList();
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        if (button.GetAttribute("name") is { Length: > 0 } name)
        {
            fields.Add(new(name, button.GetAttribute("value") ?? ""));
        }

        return await PostFormAsync(page, form, button.GetAttribute("formaction"), fields);
    }

    private async Task<HttpResponseMessage> PostFormAsync(IHtmlDocument page, IHtmlFormElement form, string? formAction, List<KeyValuePair<string, string>> fields)
    {
        var action = formAction is { Length: > 0 } f ? f : form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        if (string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in fields)
            {
                multipart.Add(new StringContent(value), key);
            }

            return await _client.PostAsync(action, multipart);
        }

        return await _client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts raw fields to a URL (e.g. without the anti-forgery token, to prove it is required).</summary>
    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) => _client.PostAsync(url, new FormUrlEncodedContent(fields));

    public async Task<IHtmlDocument> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.True(redirect.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found,
            $"Expected a redirect, got {(int)redirect.StatusCode}: {await redirect.Content.ReadAsStringAsync()}");
        return await GetAsync(redirect.Headers.Location!.OriginalString);
    }

    public static async Task<IHtmlDocument> ParseAsync(string html, string url)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html).Address("http://localhost" + url));
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage?.RequestUri?.PathAndQuery ?? "/");

    private static HttpClient CreateClient(EduHubSite site)
    {
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    /// <summary>The fields a browser would send: inputs (checked boxes only), selects and textareas, without buttons.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.Type is not ("submit" or "button" or "reset"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    yield return new(name, input.Value);
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        yield return new(name, option.Value);
                    }

                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    yield return new(name, area.Value);
                    break;
            }
        }
    }
}
