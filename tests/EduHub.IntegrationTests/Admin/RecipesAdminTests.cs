using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Admin;

public sealed class RecipesAdminTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string AnnouncementRecipe = """
        {
          "name": "one-announcement",
          "steps": [
            { "name": "content", "Data": [ {
                "ContentItemId": "ehirecipeadmin00000000000a", "ContentType": "Announcement", "DisplayText": "Recipe admin news",
                "Latest": true, "Published": true, "Owner": "admin",
                "TitlePart": { "Title": "Recipe admin news" }, "HtmlBodyPart": { "Html": "<p>From the admin</p>" },
                "Announcement": { "Date": { "Value": "2026-11-01T00:00:00Z" }, "Tags": { "Values": [] } },
                "LocalizationPart": { "Culture": "en", "LocalizationSet": "ehirecipeadminset000000000" } } ] }
          ]
        }
        """;

    [Fact]
    public async Task Dry_run_shows_what_would_change_and_saves_nothing()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/recipes");

        var response = await browser.PressAsync(page, "#import-form", "button.button--secondary", new() { ["RecipeJson"] = AnnouncementRecipe });

        var preview = await AdminBrowser.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Announcement: Created", preview.QuerySelector("#preview")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Admin().GetAsync("/api/content/ehirecipeadmin00000000000a")).StatusCode);
    }

    [Fact]
    public async Task Import_applies_the_recipe()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/recipes");
        var recipe = AnnouncementRecipe.Replace("ehirecipeadmin00000000000a", "ehirecipeadmin00000000000b", StringComparison.Ordinal)
            .Replace("ehirecipeadminset000000000", "ehirecipeadminset00000000b", StringComparison.Ordinal);

        var response = await browser.PressAsync(page, "#import-form", "button[data-confirm]", new() { ["RecipeJson"] = recipe });

        var after = await browser.FollowAsync(response);
        Assert.Contains("was imported", after.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync("/api/content/ehirecipeadmin00000000000b")).StatusCode);
    }

    [Theory]
    [InlineData("{ not json", "Invalid JSON")]
    [InlineData("""{ "steps": [ { "name": "NoSuchStep" } ] }""", "Unknown recipe step 'NoSuchStep'")]
    [InlineData("", "Paste a recipe or choose a file.")]
    public async Task A_bad_recipe_gets_a_message_next_to_the_field_and_changes_nothing(string recipe, string message)
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/recipes");
        var before = await CountAuditRowsAsync();

        var response = await browser.PressAsync(page, "#import-form", "button[data-confirm]", new() { ["RecipeJson"] = recipe });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await AdminBrowser.ParseAsync(response);
        Assert.Contains(message, result.QuerySelector("[data-valmsg-for=RecipeJson]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAuditRowsAsync());
    }

    [Fact]
    public async Task A_recipe_failing_in_a_later_step_applies_nothing_of_the_earlier_steps()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/recipes");
        var recipe = JsonNode.Parse(AnnouncementRecipe.Replace("ehirecipeadmin00000000000a", "ehirecipeadmin00000000000c", StringComparison.Ordinal))!;
        recipe["steps"]!.AsArray().Add(new JsonObject { ["name"] = "NoSuchStep" });

        var response = await browser.PressAsync(page, "#import-form", "button[data-confirm]", new() { ["RecipeJson"] = recipe.ToJsonString() });

        var result = await AdminBrowser.ParseAsync(response);
        Assert.Contains("Step 2", result.QuerySelector("[data-valmsg-for=RecipeJson]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Admin().GetAsync("/api/content/ehirecipeadmin00000000000c")).StatusCode);
    }

    [Fact]
    public async Task Export_downloads_a_recipe_of_the_chosen_types()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/recipes");

        var response = await browser.SubmitAsync(page, "#export-form", new() { ["types"] = "SupportContact" });

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var recipe = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var content = recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "content")!["Data"]!.AsArray();
        Assert.NotEmpty(content);
        Assert.All(content, item => Assert.Equal("SupportContact", (string?)item!["ContentType"]));
    }

    [Fact]
    public async Task Export_without_a_type_says_so()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/recipes");

        var response = await browser.SubmitAsync(page, "#export-form", []);

        var result = await AdminBrowser.ParseAsync(response);
        Assert.Equal("Choose at least one content type to export.", result.QuerySelector("[data-valmsg-for=Types]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_editor_may_export_but_not_import()
    {
        await site.UserAsync("recipes-editor", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "recipes-editor", EduHubSite.UserPassword);
        var page = await browser.GetAsync("/admin/recipes");
        Assert.Null(page.QuerySelector("#import-form"));
        Assert.NotNull(page.QuerySelector("#export-form"));

        var token = page.QuerySelector("#export-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await browser.PostAsync("/admin/recipes?handler=Import", [new("RecipeJson", AnnouncementRecipe), new("__RequestVerificationToken", token)]);

        Assert.StartsWith("/admin/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Admin().GetAsync("/api/content/ehirecipeadmin00000000000a")).StatusCode);
    }

    [Fact]
    public async Task Import_without_the_anti_forgery_token_is_rejected()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var response = await browser.PostAsync("/admin/recipes?handler=Import", [new("RecipeJson", AnnouncementRecipe)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Admin().GetAsync("/api/content/ehirecipeadmin00000000000a")).StatusCode);
    }

    private async Task<long> CountAuditRowsAsync()
    {
        var entries = await site.Admin().GetStringAsync("/api/audit?take=1");
        return JsonNode.Parse(entries)!.AsArray().Count > 0 ? (long)JsonNode.Parse(entries)![0]!["id"]! : 0;
    }
}
