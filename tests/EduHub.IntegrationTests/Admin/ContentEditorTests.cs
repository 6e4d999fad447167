using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;
using static EduHub.IntegrationTests.Admin.ContentForms;

namespace EduHub.IntegrationTests.Admin;

public sealed class ContentEditorTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private Task<AdminBrowser> AdminAsync() => AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

    private static (string, string[])[] ValidPlatform(string title) =>
    [
        V("TitlePart.Title", title),
        V("LocalizationPart.Culture", "en"),
        V("Platform.Summary", "Lessons for grades 5 to 9."),
        V("Platform.Website", "https://learn.example.am"),
        V("Platform.Website.Text", "Open"),
        V("Platform.Provider", Demo.NcetOrganization),
        V("Platform.Subjects", Demo.Mathematics, "ehisub0000000000000physics"),
        V("Platform.Cost", "free"),
    ];

    [Fact]
    public async Task The_create_form_is_generated_from_the_type_with_hints_required_marks_and_choices()
    {
        var page = await (await AdminAsync()).GetAsync("/admin/content/Platform/create");

        Assert.Equal("New Platform", page.QuerySelector("main h1")!.TextContent);
        var keys = page.QuerySelectorAll("[data-field]").Select(e => e.GetAttribute("data-field")).ToList();
        Assert.True(keys.IndexOf("TitlePart.Title") < keys.IndexOf("Platform.Summary"));
        Assert.True(keys.IndexOf("Platform.Summary") < keys.IndexOf("Platform.Website"));
        Assert.True(keys.IndexOf("Platform.Website") < keys.IndexOf("Platform.Provider"));
        var summary = page.QuerySelector("[data-field='Platform.Summary']")!;
        Assert.Equal("f-Platform-Summary", summary.QuerySelector("label")!.GetAttribute("for"));
        Assert.NotNull(summary.QuerySelector(".field__required"));
        Assert.Contains("One or two sentences", summary.QuerySelector(".field__hint")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-field='Platform.DeviceRequirements'] .field__required"));

        // Options: a select for the cost, the provider picker lists partner organisations, subjects in the request culture.
        Assert.Contains(page.QuerySelectorAll("select[name='Platform.Cost'] option"), o => o.GetAttribute("value") == "freemium" && o.TextContent == "Free with paid options");
        Assert.Contains(page.QuerySelectorAll("select[name='Platform.Provider'] option"), o => o.GetAttribute("value") == Demo.NcetOrganization);
        var mathematics = page.QuerySelector($"input[name='Platform.Subjects'][value='{Demo.Mathematics}']")!;
        Assert.Equal("Mathematics", page.QuerySelector($"label[for='{mathematics.Id}']")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("input[name='Platform.Grades'][type=checkbox]"), i => i.GetAttribute("value") == "5");
        Assert.NotNull(page.QuerySelector("textarea[name='Platform.Description'][data-editor=html]"));
        Assert.NotNull(page.QuerySelector("input[type=number][name='Platform.MinimumBandwidthKbps'][step='1'][min='0']"));
        Assert.Contains(page.QuerySelectorAll("select[name='LocalizationPart.Culture'] option"), o => o.GetAttribute("value") == "ru");
    }

    [Fact]
    public async Task Subjects_are_named_in_the_request_culture()
    {
        var browser = await AdminAsync();
        browser.Language = "ru";

        var page = await browser.GetAsync("/admin/content/Platform/create");

        var mathematics = page.QuerySelector($"input[name='Platform.Subjects'][value='{Demo.Mathematics}']")!;
        Assert.Equal("Математика", page.QuerySelector($"label[for='{mathematics.Id}']")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("form.content-form button[value=save]"), b => b.TextContent == "Сохранить черновик");
        Assert.Equal("Поля, отмеченные *, обязательны.", page.QuerySelector("form.content-form .field__hint")!.TextContent);
    }

    [Fact]
    public async Task A_platform_saved_as_a_draft_is_hidden_until_it_is_published_from_the_form()
    {
        var browser = await AdminAsync();
        var create = await browser.GetAsync("/admin/content/Platform/create");

        var saved = await PostAsync(browser, create, "save", ValidPlatform("Draft then publish platform"));

        var id = IdFrom(saved);
        var edit = await browser.FollowAsync(saved);
        Assert.Equal("Saved as a draft.", edit.QuerySelector(".notice")!.TextContent);
        Assert.Equal("Draft then publish platform", edit.QuerySelector("input[name='TitlePart.Title']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        var draft = (await LatestAsync(site, id))!;
        Assert.Equal(Demo.NcetOrganization, draft["Platform"]!["Provider"]!["ContentItemIds"]![0]!.GetValue<string>());
        Assert.Equal(2, draft["Platform"]!["Subjects"]!["TermContentItemIds"]!.AsArray().Count);

        var published = await PostAsync(browser, edit, "publish");

        Assert.Equal($"/admin/content/item/{id}", published.Headers.Location!.OriginalString);
        var live = await (await site.Anonymous().GetAsync($"/api/content/{id}")).ReadObjectAsync();
        Assert.Equal("Draft then publish platform", live["DisplayText"]!.GetValue<string>());
        Assert.Contains(live["Platform"]!["Subjects"]!["TermContentItemIds"]!.AsArray(), t => t!.GetValue<string>() == Demo.Mathematics);
        Assert.Equal("free", live["Platform"]!["Cost"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Errors_appear_next_to_their_fields_and_nothing_is_saved()
    {
        var browser = await AdminAsync();
        var create = await browser.GetAsync("/admin/content/Platform/create");
        var values = ValidPlatform("Invalid platform 8c1").Where(v => v.Item1 is not ("Platform.Summary" or "Platform.Website")).ToList();
        values.Add(V("Platform.Summary", ""));
        values.Add(V("Platform.Website", "http://not-https.example"));
        values.Add(V("Platform.MinimumBandwidthKbps", "lots"));

        var response = await PostAsync(browser, create, "publish", [.. values]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await AdminBrowser.ParseAsync(response);
        Assert.Equal("Summary is required.", page.QuerySelector("[data-field='Platform.Summary'] .field-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#f-Platform-Summary")!.GetAttribute("aria-invalid"));
        Assert.Contains("https://", page.QuerySelector("[data-field='Platform.Website'] .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("must be a number", page.QuerySelector("[data-field='Platform.MinimumBandwidthKbps'] .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("[data-problems] a"), a => a.GetAttribute("href") == "#f-Platform-Summary");

        // The user's input stays in the form.
        Assert.Equal("Invalid platform 8c1", page.QuerySelector("input[name='TitlePart.Title']")!.GetAttribute("value"));
        Assert.Equal("lots", page.QuerySelector("input[name='Platform.MinimumBandwidthKbps']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector($"input[name='Platform.Subjects'][value='{Demo.Mathematics}'][checked]"));
        var list = await browser.GetAsync("/admin/content/Platform?q=" + Uri.EscapeDataString("Invalid platform 8c1"));
        Assert.Equal("0", list.QuerySelector("[data-total]")!.GetAttribute("data-total"));
    }

    [Fact]
    public async Task Script_in_HTML_is_removed_on_save()
    {
        var browser = await AdminAsync();
        var create = await browser.GetAsync("/admin/content/Platform/create");
        var values = ValidPlatform("Platform with a script").ToList();
        values.Add(V("Platform.Description", "<p id=\"intro\">Hello</p><script>alert('x')</script><a href=\"javascript:alert(1)\">x</a>"));

        var id = IdFrom(await PostAsync(browser, create, "save", [.. values]));

        var html = (await LatestAsync(site, id))!["Platform"]!["Description"]!["Html"]!.GetValue<string>();
        Assert.Contains("<p id=\"intro\">Hello</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        var edit = await browser.GetAsync($"/admin/content/item/{id}");
        Assert.DoesNotContain("<script", edit.QuerySelector("textarea[name='Platform.Description']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_shows_the_unsaved_values_sanitized_and_saves_nothing()
    {
        var browser = await AdminAsync();
        var create = await browser.GetAsync("/admin/content/Platform/create");
        var values = ValidPlatform("Preview only platform").ToList();
        values.Add(V("Platform.Description", "<p>Shown</p><script>alert(1)</script>"));

        var response = await PostAsync(browser, create, "preview", [.. values]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AdminBrowser.ParseAsync(response);
        var preview = page.QuerySelector("[data-preview]")!;
        Assert.Contains("Preview only platform", preview.TextContent, StringComparison.Ordinal);
        Assert.NotNull(preview.QuerySelector("dd p"));
        Assert.Null(preview.QuerySelector("script"));
        Assert.Contains("Mathematics", preview.TextContent, StringComparison.Ordinal);
        Assert.Equal("Preview only platform", page.QuerySelector("input[name='TitlePart.Title']")!.GetAttribute("value"));
        var list = await browser.GetAsync("/admin/content/Platform?q=" + Uri.EscapeDataString("Preview only platform"));
        Assert.Equal("0", list.QuerySelector("[data-total]")!.GetAttribute("data-total"));
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_refused_and_keeps_the_input()
    {
        var browser = await AdminAsync();
        var id = IdFrom(await PostAsync(browser, await browser.GetAsync("/admin/content/Platform/create"), "save", ValidPlatform("Conflict platform")));
        var mine = await browser.GetAsync($"/admin/content/item/{id}");
        var other = await AdminAsync();
        var theirs = await other.GetAsync($"/admin/content/item/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(other, theirs, "save", V("Platform.Summary", "Their summary"))).StatusCode);

        var response = await PostAsync(browser, mine, "save", V("Platform.Summary", "My summary"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await AdminBrowser.ParseAsync(response);
        var conflict = page.QuerySelector("[data-conflict]")!;
        Assert.Contains("Someone else changed this — review their version", conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains(conflict.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/admin/content/item/{id}");
        Assert.Equal("My summary", page.QuerySelector("input[name='Platform.Summary']")!.GetAttribute("value"));
        Assert.Equal("Their summary", (await LatestAsync(site, id))!["Platform"]!["Summary"]!["Text"]!.GetValue<string>());

        // Submitting the same stale form again is still refused.
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(browser, page, "publish")).StatusCode);
    }

    [Fact]
    public async Task Unpublish_and_delete_work_from_the_edit_page()
    {
        var browser = await AdminAsync();
        var id = IdFrom(await PostAsync(browser, await browser.GetAsync("/admin/content/Platform/create"), "publish", ValidPlatform("Short-lived platform")));
        var edit = await browser.GetAsync($"/admin/content/item/{id}");
        Assert.Contains(edit.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/admin/content/item/{id}/versions");
        Assert.Contains(edit.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/admin/content/item/{id}/translations");

        var unpublished = await PostAsync(browser, edit, "unpublish");

        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        var confirm = await browser.GetAsync($"/admin/content/item/{id}/delete");
        Assert.Contains("Short-lived platform", confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await LatestAsync(site, id));
        var deleted = await browser.SubmitAsync(confirm, "main form", []);
        Assert.Equal("/admin/content/Platform", deleted.Headers.Location!.OriginalString);
        Assert.Null(await LatestAsync(site, id));
    }

    [Fact]
    public async Task The_picker_finds_items_without_JavaScript_and_through_its_JSON_endpoint()
    {
        var browser = await AdminAsync();
        var create = await browser.GetAsync("/admin/content/Platform/create");

        var response = await PostAsync(browser, create, "search", V("Platform.Provider.q", "TUMO"), V("TitlePart.Title", "Searching"));

        var page = await AdminBrowser.ParseAsync(response);
        var options = page.QuerySelectorAll("select[name='Platform.Provider'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("ehiorg00000000000000tumoen", options);
        Assert.DoesNotContain(Demo.NcetOrganization, options);
        Assert.Equal("Searching", page.QuerySelector("input[name='TitlePart.Title']")!.GetAttribute("value"));
        Assert.Equal("0", (await browser.GetAsync("/admin/content/Platform?q=Searching")).QuerySelector("[data-total]")!.GetAttribute("data-total"));

        var json = JsonNode.Parse(await (await browser.GetResponseAsync("/admin/content-picker?type=Platform&field=Platform.Provider&q=tumo")).Content.ReadAsStringAsync())!;
        Assert.Contains(json["items"]!.AsArray(), i => i!["value"]!.GetValue<string>() == "ehiorg00000000000000tumoen");
        Assert.DoesNotContain(json["items"]!.AsArray(), i => i!["value"]!.GetValue<string>() == Demo.NcetOrganization);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync("/admin/content-picker?type=Platform&field=Platform.Summary&q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).GetResponseAsync("/admin/content-picker?type=Platform&field=Platform.Provider&q=a")).StatusCode);
    }

    [Fact]
    public async Task An_author_edits_only_their_own_items()
    {
        await site.UserAsync("author-editor", ["Author"]);
        var author = await AdminBrowser.SignedInAsync(site, "author-editor", EduHubSite.UserPassword);
        var create = await author.GetAsync("/admin/content/Platform/create");

        var id = IdFrom(await PostAsync(author, create, "save", ValidPlatform("Author's own platform")));

        var own = await author.GetAsync($"/admin/content/item/{id}");
        Assert.Equal("Author's own platform", own.QuerySelector("input[name='TitlePart.Title']")!.GetAttribute("value"));
        var others = await author.GetResponseAsync($"/admin/content/item/{Demo.HeravarPlatform}");
        Assert.Equal(HttpStatusCode.Redirect, others.StatusCode);
        Assert.StartsWith("/admin/account/denied", PathOf(others), StringComparison.Ordinal);

        var before = (await LatestAsync(site, Demo.HeravarPlatform))!["ContentItemVersionId"]!.GetValue<string>();
        var tokenPage = await author.GetAsync($"/admin/content/item/{id}");
        var forged = await author.Client.PostAsync($"/admin/content/item/{Demo.HeravarPlatform}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", tokenPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), new("TitlePart.Title", "Hijacked"), new("action", "save")]));
        Assert.True(forged.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"Got {(int)forged.StatusCode}.");
        Assert.Equal(before, (await LatestAsync(site, Demo.HeravarPlatform))!["ContentItemVersionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Partners_are_refused_and_anonymous_visitors_are_sent_to_sign_in()
    {
        await site.UserAsync("partner-content", ["Partner"]);
        var partner = await AdminBrowser.SignedInAsync(site, "partner-content", EduHubSite.UserPassword);
        var anonymous = new AdminBrowser(site);

        foreach (var url in new[] { "/admin/content/Platform", "/admin/content/Platform/create", $"/admin/content/item/{Demo.HeravarPlatform}", "/admin/content/Platform/bulk?action=publish&id=" + Demo.HeravarPlatform })
        {
            var denied = await partner.GetResponseAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/admin/account/denied", PathOf(denied), StringComparison.Ordinal);
            var signIn = await anonymous.GetResponseAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.StartsWith("/admin/account/signin", PathOf(signIn), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Unknown_types_and_items_answer_404()
    {
        var browser = await AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync("/admin/content/NoSuchType")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync("/admin/content/NoSuchType/create")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync("/admin/content/Region")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync("/admin/content/item/nosuchitem0000000000000000")).StatusCode);
    }

    [Fact]
    public async Task Saving_without_the_anti_forgery_token_is_rejected_and_changes_nothing()
    {
        var browser = await AdminAsync();
        await browser.GetAsync("/admin/content/Platform/create");

        var created = await browser.PostAsync("/admin/content/Platform/create", ValidPlatform("Forged platform").Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2[0])).Append(new("action", "publish")));
        var edited = await browser.PostAsync($"/admin/content/item/{Demo.HeravarPlatform}", [new("TitlePart.Title", "Forged"), new("action", "publish")]);

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, edited.StatusCode);
        Assert.Equal("0", (await browser.GetAsync("/admin/content/Platform?q=Forged")).QuerySelector("[data-total]")!.GetAttribute("data-total"));
        Assert.NotEqual("Forged", (await LatestAsync(site, Demo.HeravarPlatform))!["DisplayText"]!.GetValue<string>());
    }
}
