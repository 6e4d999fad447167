using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Admin;

public sealed class TypesAdminTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Create_a_type_add_a_field_and_it_can_be_used_at_once()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var list = await browser.GetAsync("/admin/types");

        var created = await browser.SubmitAsync(list, "#create-type", new() { ["TypeName"] = "Webinar", ["DisplayName"] = "Webinar" });
        var editor = await browser.FollowAsync(created);
        Assert.Contains("Webinar", editor.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var added = await browser.SubmitAsync(editor, "#add-field", new() { ["fieldName"] = "Speaker", ["fieldDisplayName"] = "Speaker", ["kind"] = "TextField" });
        var after = await browser.FollowAsync(added);
        Assert.Contains(after.QuerySelectorAll("#fields tbody th"), th => th.TextContent.Trim() == "Speaker");

        var response = await site.Admin().PostJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Webinar", ["TitlePart"] = new JsonObject { ["Title"] = "Safe internet" },
            ["Webinar"] = new JsonObject { ["Speaker"] = new JsonObject { ["Text"] = "A. Petrosyan" } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("1Bad", "is not a valid name")]
    [InlineData("Platform", "already exists")]
    public async Task A_bad_type_name_gets_a_message_next_to_the_field_and_nothing_is_saved(string name, string message)
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var list = await browser.GetAsync("/admin/types");
        var version = list.QuerySelector("main p")!.TextContent;

        var response = await browser.SubmitAsync(list, "#create-type", new() { ["TypeName"] = name, ["DisplayName"] = "X" });

        var page = await AdminBrowser.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for=TypeName]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(version, (await browser.GetAsync("/admin/types")).QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public async Task Removing_a_field_first_says_what_it_means_for_existing_items_and_needs_a_confirmation()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var editor = await browser.GetAsync("/admin/types/SupportContact");
        var field = editor.QuerySelectorAll("#fields tbody tr code").First().TextContent;

        var asked = await browser.PressAsync(editor, "#fields", $"button[formaction*='handler=RemoveField'][formaction*='field={field}']", []);
        var confirm = await AdminBrowser.ParseAsync(asked);
        Assert.Contains("existing items", confirm.QuerySelector("#confirm-removal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains((await browser.GetAsync("/admin/types/SupportContact")).QuerySelectorAll("#fields code"), c => c.TextContent == field);

        var removed = await browser.SubmitAsync(confirm, "#confirm-removal form", []);
        var after = await browser.FollowAsync(removed);
        Assert.DoesNotContain(after.QuerySelectorAll("#fields code"), c => c.TextContent == field);
    }

    [Fact]
    public async Task Fields_can_be_reordered_and_the_history_shows_each_change()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var editor = await browser.GetAsync("/admin/types/Mentor");
        var names = editor.QuerySelectorAll("#fields tbody code").Select(c => c.TextContent).ToList();
        var history = (await browser.GetAsync("/admin/types/history")).QuerySelectorAll("tbody tr").Length;

        await browser.PressAsync(editor, "#fields", $"button[formaction*='handler=MoveField'][formaction*='field={names[1]}'][formaction*='offset=-1']", []);

        var after = (await browser.GetAsync("/admin/types/Mentor")).QuerySelectorAll("#fields tbody code").Select(c => c.TextContent).ToList();
        Assert.Equal([names[1], names[0], .. names.Skip(2)], after);
        var newest = (await browser.GetAsync("/admin/types/history")).QuerySelectorAll("tbody tr");
        Assert.Equal(history + 1, newest.Length);
        Assert.Contains("admin", newest[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_settings_with_invalid_json_are_refused_next_to_the_field()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/types/Platform/fields/Summary");

        var response = await browser.SubmitAsync(page, "#field-settings", new() { ["SettingsJson"] = "{ MaxLength: " });

        var result = await AdminBrowser.ParseAsync(response);
        Assert.Contains("Invalid settings JSON", result.QuerySelector("[data-valmsg-for=SettingsJson]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_without_the_permission_gets_403()
    {
        await site.UserAsync("types-editor", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "types-editor", EduHubSite.UserPassword);

        var response = await browser.GetResponseAsync("/admin/types");

        Assert.StartsWith("/admin/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_without_the_anti_forgery_token_are_rejected()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var response = await browser.PostAsync("/admin/types", [new("TypeName", "NoToken"), new("DisplayName", "No token")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync("/admin/types/NoToken")).StatusCode);
    }
}
