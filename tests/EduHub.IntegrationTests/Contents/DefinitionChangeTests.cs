using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Contents;

/// <summary>Definitions are data: a change made on one node is enforced by every node without a restart.</summary>
public abstract class DefinitionChangeTests(EduHubSite site)
{
    [Fact]
    public async Task A_new_field_is_accepted_at_once_here_and_soon_on_another_node()
    {
        var otherClock = new FakeTimeProvider(site.Clock.GetUtcNow());
        await using var otherNode = site.CreateFactory(otherClock);
        var otherAdmin = otherNode.CreateClient();
        otherAdmin.DefaultRequestHeaders.Authorization = site.Admin().DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await otherAdmin.GetAsync("/health")).StatusCode);
        var school = Items.School($"Radio school {Guid.NewGuid():n}");
        school["School"]!["RadioFrequency"] = new JsonObject { ["Value"] = 101.5 };
        Assert.Equal(HttpStatusCode.BadRequest, (await otherAdmin.PostJsonAsync("/api/content", school)).StatusCode);

        await RecipeRunner.RunAsync(site.Services, """
            { "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "School", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "NumericField", "Name": "RadioFrequency", "Settings": { "NumericFieldSettings": { "Minimum": 87.5, "Maximum": 108, "Scale": 1 } } } ] } ] } ] }
            """);

        Assert.Equal(HttpStatusCode.Created, (await site.Admin().PostJsonAsync("/api/content", school)).StatusCode);
        otherClock.Advance(TimeSpan.FromSeconds(2));
        school["TitlePart"]!["Title"] = $"Radio school on the other node {Guid.NewGuid():n}";
        Assert.Equal(HttpStatusCode.Created, (await otherAdmin.PostJsonAsync("/api/content", school)).StatusCode);
        school["School"]!["RadioFrequency"] = new JsonObject { ["Value"] = 200 };
        Assert.Equal(HttpStatusCode.BadRequest, (await otherAdmin.PostJsonAsync("/api/content", school)).StatusCode);
    }

    [Fact]
    public async Task Sorting_by_a_field_added_later_keeps_every_existing_item()
    {
        var all = await (await site.Anonymous().GetAsync("/api/content?type=School&first=1000&total=true")).ReadObjectAsync();

        await RecipeRunner.RunAsync(site.Services, """
            { "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "School", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "NumericField", "Name": "Rank" } ] } ] } ] }
            """);
        var sorted = await (await site.Anonymous().GetAsync("/api/content?type=School&sort=School.Rank&first=1000&total=true")).ReadObjectAsync();

        Assert.Equal(all["total"]!.GetValue<long>(), sorted["items"]!.AsArray().Count);
    }
}

public sealed class DefinitionChangeSqliteTests(SqliteSite site) : DefinitionChangeTests(site), IClassFixture<SqliteSite>;

public sealed class DefinitionChangePostgresTests(PostgresSite site) : DefinitionChangeTests(site), IClassFixture<PostgresSite>;
