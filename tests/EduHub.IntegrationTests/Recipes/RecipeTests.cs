using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Recipes;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Recipes;

/// <summary>Recipes in Orchard Core's format: one transaction, precise errors, idempotent content import.</summary>
public abstract class RecipeTests(EduHubSite site)
{
    private const string ValidSchool = """
        { "ContentItemId": "recipetest0000000000school", "ContentType": "School", "Published": true,
          "TitlePart": { "Title": "Recipe school" },
          "School": { "Region": { "TaxonomyContentItemId": "ehitax0000000000000regions", "TermContentItemIds": ["ehireg0000000000000000amsh"] },
                      "Community": { "Text": "Գյումրի" }, "SchoolType": { "Text": "basic" } } }
        """;

    [Fact]
    public async Task Importing_the_demo_recipe_twice_leaves_the_same_state()
    {
        var before = await StoreState.ReadAsync(site.Services);
        var school = await ReadAsync(Demo.School187);

        await RecipeRunner.RunAsync(site.Services, await File.ReadAllTextAsync(RecipeRunner.ShippedFile("eduhub.demo.recipe.json")));

        Assert.Equal(before, await StoreState.ReadAsync(site.Services));
        Assert.True(JsonNode.DeepEquals(ContentItemJson.ToJson(school!), ContentItemJson.ToJson((await ReadAsync(Demo.School187))!)));
    }

    public static TheoryData<string, int?, string> BrokenRecipes => new()
    {
        { $$"""{ "steps": [ { "name": "content", "Data": [ {{ValidSchool}} ] }, { "name": "Nope" } ] }""", 1, "$.steps[1].name" },
        { """{ "steps": [ { "name": "content", "Data": [ { "ContentType": "Spaceship", "TitlePart": { "Title": "x" } } ] } ] }""", 0, "$.steps[0].Data[0].ContentType" },
        { $$"""{ "steps": [ { "name": "content", "Data": [ {{ValidSchool}}, { "ContentType": "School", "TitlePart": { "Title": "Bad phone" }, "School": { "Region": { "TaxonomyContentItemId": "ehitax0000000000000regions", "TermContentItemIds": ["ehireg0000000000000000amsh"] }, "Community": { "Text": "x" }, "SchoolType": { "Text": "basic" }, "Phone": { "Text": "555" } } } ] } ] }""", 0, "$.steps[0].Data[1].School.Phone" },
        { """{ "steps": [ { "name": "feature", "enable": ["EduHub.Nonexistent"] } ] }""", 0, "$.steps[0].enable[0]" },
        { """{ "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "Gadget", "ContentPartFieldDefinitionRecords": [ { "FieldName": "LaserField", "Name": "Beam" } ] } ] } ] }""", 0, "$.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[0].FieldName" },
        { """{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": ["LaunchRockets"] } ] } ] }""", 0, "$.steps[0].Roles[0].Permissions" },
        { """{ "steps": [ { "name": "settings", "SiteName": "Changed" }, { "name": "content" } ] }""", 1, "$.steps[1].Data" },
        { """{ "steps": [ { "name": "content", "Data": [ 42 ] } ] }""", 0, "$.steps[0].Data[0]" },
    };

    [Theory]
    [MemberData(nameof(BrokenRecipes))]
    public async Task Broken_recipe_names_step_and_path_and_changes_nothing(string recipe, int? step, string path)
    {
        var before = await StoreState.ReadAsync(site.Services);

        var error = await Assert.ThrowsAsync<RecipeException>(() => RecipeRunner.RunAsync(site.Services, recipe));

        Assert.Equal(step, error.StepIndex);
        Assert.Equal(path, error.JsonPath);
        Assert.Equal(before, await StoreState.ReadAsync(site.Services));
        Assert.Null(await ReadAsync("recipetest0000000000school"));
    }

    [Theory]
    [InlineData("{ \"steps\": [ { \"name\": \"content\", ")]
    [InlineData("{ \"name\": \"no steps\" }")]
    public void Malformed_recipe_is_reported_before_anything_runs(string text)
    {
        var error = Assert.Throws<RecipeException>(() => RecipeDocument.Parse(text));

        Assert.Null(error.StepIndex);
        Assert.False(string.IsNullOrEmpty(error.Problem));
    }

    [Fact]
    public async Task Recipes_accept_comments_and_js_variables()
    {
        await RecipeRunner.RunAsync(site.Services, """
            {
              // Orchard Core recipes may carry comments and [js:] variables.
              "variables": { "siteName": "EduHub test" },
              "steps": [ { "name": "settings", "SiteNameForTest": "[js: variables('siteName')]" } ],
            }
            """);

        var settings = site.Services.GetRequiredService<EduHub.Core.Data.SiteSettingsStore>();
        Assert.Equal("EduHub test", await settings.GetStringAsync("SiteNameForTest"));
    }

    [Fact]
    public async Task Fields_of_the_same_name_in_two_named_parts_stay_apart()
    {
        await RecipeRunner.RunAsync(site.Services, """
            { "steps": [
              { "name": "ContentDefinition",
                "ContentParts": [ { "Name": "Address", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "City" } ] } ],
                "ContentTypes": [ { "Name": "Campus", "Settings": { "ContentTypeSettings": { "Draftable": true } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" },
                    { "PartName": "Address", "Name": "HomeAddress" }, { "PartName": "Address", "Name": "WorkAddress" } ] } ] },
              { "name": "content", "Data": [ { "ContentItemId": "campustest000000000000000a", "ContentType": "Campus", "Published": true,
                  "TitlePart": { "Title": "Two addresses" }, "HomeAddress": { "City": { "Text": "Gyumri" } }, "WorkAddress": { "City": { "Text": "Vanadzor" } } } ] } ] }
            """);

        var home = await site.Admin().GetAsync("/api/content?type=Campus&filter=HomeAddress.City:eq:Vanadzor&total=true");
        var work = await site.Admin().GetAsync("/api/content?type=Campus&filter=WorkAddress.City:eq:Vanadzor&total=true");

        Assert.Equal(0, (await home.ReadObjectAsync())["total"]!.GetValue<long>());
        Assert.Equal(1, (await work.ReadObjectAsync())["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_disabled_feature_contributes_nothing_until_enabled_again()
    {
        var guide = await (await site.Admin().GetAsync($"/api/content/{Demo.ChildrenGuide}")).ReadObjectAsync();
        guide["SafetyGuide"]!["AgeMin"] = new JsonObject { ["Value"] = 15 };
        guide["SafetyGuide"]!["AgeMax"] = new JsonObject { ["Value"] = 9 };

        await RecipeRunner.RunAsync(site.Services, """{ "steps": [ { "name": "feature", "disable": ["EduHub.Safety"] } ] }""");
        var whileDisabled = await site.Admin().PostJsonAsync("/api/content?draft=true", guide);
        await RecipeRunner.RunAsync(site.Services, """{ "steps": [ { "name": "feature", "enable": ["EduHub.Safety"] } ] }""");
        guide = await whileDisabled.ReadObjectAsync();
        guide["TitlePart"]!["Title"] = "Changed again";
        var whileEnabled = await site.Admin().PostJsonAsync("/api/content?draft=true", guide);

        Assert.Equal(System.Net.HttpStatusCode.OK, whileDisabled.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, whileEnabled.StatusCode);
    }

    private Task<ContentItem?> ReadAsync(string id) =>
        RecipeRunner.AsSystemAsync(site.Services, sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
}

public sealed class RecipeSqliteTests(SqliteSite site) : RecipeTests(site), IClassFixture<SqliteSite>;

public sealed class RecipePostgresTests(PostgresSite site) : RecipeTests(site), IClassFixture<PostgresSite>;
