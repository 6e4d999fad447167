using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Recipes;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Recipes;

/// <summary>Exporting a site and importing the recipe into an empty site gives equal content.</summary>
public abstract class ExportImportTests<TEmptySite>(EduHubSite site) where TEmptySite : EduHubSite, new()
{
    [Fact]
    public async Task Export_then_import_into_an_empty_site_gives_equal_content()
    {
        var admin = site.Admin();
        var draftOverPublished = await (await admin.GetAsync($"/api/content/{Demo.School187}")).ReadObjectAsync();
        draftOverPublished["TitlePart"]!["Title"] = "Renamed in a draft before export";
        await admin.PostJsonAsync("/api/content?draft=true", draftOverPublished);
        var recipe = await RecipeRunner.AsSystemAsync(site.Services, sp => sp.GetRequiredService<RecipeExporter>().ExportAsync(null, CancellationToken.None));

        var target = new TEmptySite();
        await target.InitializeAsync();
        try
        {
            await RecipeRunner.RunAsync(target.Services, recipe.ToJsonString());

            foreach (var status in new[] { ContentStatus.Published, ContentStatus.Latest })
            {
                var expected = await AllAsync(site.Services, status);
                var actual = await AllAsync(target.Services, status);
                Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
                foreach (var (id, item) in expected)
                {
                    Assert.True(JsonNode.DeepEquals(Comparable(item), Comparable(actual[id])), $"{status} {id} differs after import");
                }
            }
        }
        finally
        {
            await target.DisposeAsync();
        }
    }

    /// <summary>What an import must reproduce: content, display text, owner and flags (version ids and row ids are new).</summary>
    private static JsonObject Comparable(ContentItem item)
    {
        var json = ContentItemJson.ToJson(item);
        json.Remove("ContentItemVersionId");
        json.Remove("ModifiedUtc");
        json.Remove("PublishedUtc");
        return json;
    }

    private static Task<Dictionary<string, ContentItem>> AllAsync(IServiceProvider services, ContentStatus status) =>
        RecipeRunner.AsSystemAsync(services, async sp =>
        {
            var page = await sp.GetRequiredService<ContentQueryService>().QueryAsync(new ContentQuery { Status = status, Take = 1000 });
            return page.Items.ToDictionary(i => i.ContentItemId);
        });
}

public sealed class ExportImportSqliteTests(SqliteSite site) : ExportImportTests<EmptySqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class ExportImportPostgresTests(PostgresSite site) : ExportImportTests<EmptyPostgresSite>(site), IClassFixture<PostgresSite>;
