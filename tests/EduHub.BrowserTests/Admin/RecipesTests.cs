using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Admin;

public sealed class RecipesTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task Administrator_previews_a_recipe_then_imports_it() => RunAsync(async page =>
    {
        var id = "ehibrt" + Guid.NewGuid().ToString("n")[..20];
        var item = SiteApi.Platform("Recipe platform from the browser", Demo.NcetOrganization);
        item["ContentItemId"] = id;
        item["Published"] = true;
        item["Latest"] = true;
        var recipe = new JsonObject
        {
            ["name"] = "browser-test-platform",
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "content", ["Data"] = new JsonArray(item) }),
        };
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync("/admin/recipes");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recipes", Level = 1 })).ToBeVisibleAsync();
        await AssertPageIsCleanAsync();

        await page.GetByLabel("Recipe JSON").FillAsync(recipe.ToJsonString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview changes (dry run)" }).ClickAsync();

        var preview = page.GetByRole(AriaRole.Region, new() { Name = "What this recipe would change" });
        await Expect(preview).ToContainTextAsync("Platform");
        await AssertPageIsCleanAsync();
        using (var anonymous = Site.Http())
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}")).StatusCode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("browser-test-platform");
        Assert.Contains("Import this recipe now?", Dialogs);
        using (var anonymous = Site.Http())
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/content/{id}")).StatusCode);
        }

        await AssertPageIsCleanAsync();
    });

    [Fact]
    public Task A_broken_recipe_gets_its_error_next_to_the_field() => RunAsync(async page =>
    {
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync("/admin/recipes");

        await page.GetByLabel("Recipe JSON").FillAsync("{ \"name\": \"broken\", \"steps\": [ { \"name\": \"NoSuchStep\" } ] }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview changes (dry run)" }).ClickAsync();

        await Expect(page.Locator("#RecipeJson-error")).ToContainTextAsync("NoSuchStep");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "What this recipe would change" })).ToHaveCountAsync(0);
        await AssertPageIsCleanAsync();
    });

    [Fact]
    public Task Administrator_exports_a_type_as_a_recipe_file() => RunAsync(async page =>
    {
        await SignInAsAsync(BrowserSite.AdminUserName, BrowserSite.AdminPassword);
        await page.GotoAsync("/admin/recipes");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Platform", Exact = true }).CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download the recipe" }).ClickAsync());

        Assert.Matches(new Regex(@"\.recipe\.json$"), download.SuggestedFilename);
        var path = await download.PathAsync();
        var exported = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        Assert.Contains(Demo.HeravarPlatform, exported.ToJsonString(), StringComparison.Ordinal);
    });
}
