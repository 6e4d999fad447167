using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EduHub.GraphQL.Execution;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.GraphQL;

/// <summary>The HTTP side of /api/graphql: transports, status codes, error codes, limits, caching, persisted queries.</summary>
public abstract class GraphQLProtocolTests(EduHubSite site)
{
    [Fact]
    public async Task Get_carries_an_etag_and_answers_if_none_match_with_304()
    {
        var url = "/api/graphql?query=" + Uri.EscapeDataString("{ school(first: 2) { displayText } }");
        var first = await site.Anonymous().GetAsync(url);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await site.Anonymous().SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Raw_application_graphql_body_is_accepted_and_other_types_are_415()
    {
        var raw = await site.Anonymous().PostAsync("/api/graphql", new StringContent("{ school(first: 1) { displayText } }", Encoding.UTF8, "application/graphql"));
        var form = await site.Anonymous().PostAsync("/api/graphql", new StringContent("query=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "{ school { ", ErrorCodes.ParseFailed },
        { "{ school { shoeSize } }", ErrorCodes.ValidationError },
        { "{ platform(first: 1000) { displayText } }", ErrorCodes.PageSizeExceeded },
        { "{ platform(first: -1) { displayText } }", ErrorCodes.PageSizeExceeded },
        { Nested(10), ErrorCodes.MaxDepthExceeded },
        { "{ platform(first: 100) { provider { contentItems { ... on PartnerOrganization { platformByProvider { subjects { termContentItems { displayText } } languages { termContentItems { displayText } } provider { contentItems { displayText } } } } } } } }", ErrorCodes.MaxComplexityExceeded },
        { "{ school(first: 1) { displayText } }" + new string(' ', 30_000), ErrorCodes.QueryTooLong },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Bad_queries_are_refused_before_execution_with_a_code(string query, string code)
    {
        var (status, body) = await site.Anonymous().GraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, body.Code());
        Assert.Null(body["data"]);
        Assert.DoesNotContain("   at ", body.ToJsonString());
    }

    [Fact]
    public async Task Wrong_variable_type_and_oversized_page_variable_are_400()
    {
        var (typeStatus, typeBody) = await site.Anonymous().GraphQLAsync("query($n: Int) { school(first: $n) { displayText } }", new { n = "many" });
        var (pageStatus, pageBody) = await site.Anonymous().GraphQLAsync("query($n: Int) { school(first: $n) { displayText } }", new { n = 5000 });

        Assert.Equal(HttpStatusCode.BadRequest, typeStatus);
        Assert.Equal(ErrorCodes.ValidationError, typeBody.Code());
        Assert.Equal(HttpStatusCode.BadRequest, pageStatus);
        Assert.Equal(ErrorCodes.PageSizeExceeded, pageBody.Code());
    }

    [Fact]
    public async Task A_repeated_query_is_validated_again_when_its_variables_change()
    {
        // Parsed documents and variable-free validation results are cached; validation that depends on variables is not.
        const string Query = "query($n: Int) { school(first: $n) { displayText } }";
        var (firstStatus, _) = await site.Anonymous().GraphQLAsync(Query, new { n = 2 });
        var (secondStatus, second) = await site.Anonymous().GraphQLAsync(Query, new { n = 5000 });
        var (thirdStatus, third) = await site.Anonymous().GraphQLAsync(Query, new { n = 3 });

        Assert.Equal(HttpStatusCode.OK, firstStatus);
        Assert.Equal(HttpStatusCode.BadRequest, secondStatus);
        Assert.Equal(ErrorCodes.PageSizeExceeded, second.Code());
        Assert.Equal(HttpStatusCode.OK, thirdStatus);
        Assert.Equal(3, third.Data("school").AsArray().Count);
    }

    [Fact]
    public async Task A_repeated_invalid_query_stays_invalid()
    {
        const string Query = "{ school(first: 2) { displayText noSuchField } }";
        var (firstStatus, first) = await site.Anonymous().GraphQLAsync(Query);
        var (secondStatus, second) = await site.Anonymous().GraphQLAsync(Query);

        Assert.Equal(HttpStatusCode.BadRequest, firstStatus);
        Assert.Equal(HttpStatusCode.BadRequest, secondStatus);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task Malformed_json_body_is_400()
    {
        var response = await site.Anonymous().PostAsync("/api/graphql", new StringContent("{\"query\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadRequest, (await response.ReadObjectAsync()).Code());
    }

    [Fact]
    public async Task Persisted_queries_by_hash()
    {
        const string Query = "{ announcement { displayText } }";
        var hash = PersistedQueryStore.Hash(Query);
        var extensions = Uri.EscapeDataString("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");

        var unknown = await site.Anonymous().GetAsync($"/api/graphql?extensions={extensions}");
        var register = await site.Anonymous().GetAsync($"/api/graphql?query={Uri.EscapeDataString(Query)}&extensions={extensions}");
        var byHash = await site.Anonymous().GetAsync($"/api/graphql?extensions={extensions}");
        var mismatch = await site.Anonymous().GetAsync($"/api/graphql?query={Uri.EscapeDataString("{ school { displayText } }")}&extensions={extensions}");

        Assert.Equal(ErrorCodes.PersistedQueryNotFound, (await unknown.ReadObjectAsync()).Code());
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(await register.Content.ReadAsStringAsync(), await byHash.Content.ReadAsStringAsync());
        Assert.Equal(ErrorCodes.PersistedQueryMismatch, (await mismatch.ReadObjectAsync()).Code());
    }

    [Fact]
    public async Task Cached_anonymous_answers_change_when_content_is_published()
    {
        const string Query = "{ announcement(first: 50) { displayText } }";
        var before = (await site.Anonymous().GraphQLAsync(Query)).Body.Data("announcement").AsArray().Count;
        var title = $"Fresh news {Guid.NewGuid():n}";
        var created = await site.Admin().PostJsonAsync("/api/content", new System.Text.Json.Nodes.JsonObject
        {
            ["ContentType"] = "Announcement",
            ["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = title },
            ["Announcement"] = new System.Text.Json.Nodes.JsonObject { ["Date"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = "2026-12-01" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var after = (await site.Anonymous().GraphQLAsync(Query)).Body.Data("announcement").AsArray();

        Assert.Equal(before + 1, after.Count);
        Assert.Contains(after, a => a!["displayText"]!.GetValue<string>() == title);
    }

    [Fact]
    public async Task A_cached_get_answer_and_its_etag_change_when_content_is_published()
    {
        var url = "/api/graphql?query=" + Uri.EscapeDataString("{ announcement(first: 48) { displayText } }");
        await site.Anonymous().GetAsync(url);
        var cached = await site.Anonymous().GetAsync(url);
        var before = (await cached.ReadObjectAsync()).Data("announcement").AsArray().Count;
        var title = $"GET news {Guid.NewGuid():n}";
        Assert.Equal(HttpStatusCode.Created, (await site.Admin().PostJsonAsync("/api/content", new System.Text.Json.Nodes.JsonObject
        {
            ["ContentType"] = "Announcement",
            ["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = title },
            ["Announcement"] = new System.Text.Json.Nodes.JsonObject { ["Date"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = "2026-12-03" } },
        })).StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(cached.Headers.ETag!);

        var after = await site.Anonymous().SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(cached.Headers.ETag, after.Headers.ETag);
        var items = (await after.ReadObjectAsync()).Data("announcement").AsArray();
        Assert.Equal(Math.Min(before + 1, 48), items.Count);
        Assert.Contains(items, a => a!["displayText"]!.GetValue<string>() == title);
    }

    [Fact]
    public async Task A_publish_on_another_node_refreshes_this_nodes_cached_answer()
    {
        const string Query = "{ announcement(first: 49) { displayText } }";
        var otherClock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(site.Clock.GetUtcNow());
        await using var otherNode = site.CreateFactory(otherClock);
        var other = otherNode.CreateClient();
        var before = (await other.GraphQLAsync(Query)).Body.Data("announcement").AsArray().Count;
        var title = $"Cross-node news {Guid.NewGuid():n}";
        await site.Admin().PostJsonAsync("/api/content", new System.Text.Json.Nodes.JsonObject
        {
            ["ContentType"] = "Announcement",
            ["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = title },
            ["Announcement"] = new System.Text.Json.Nodes.JsonObject { ["Date"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = "2026-12-02" } },
        });

        var fresh = false;
        for (var attempt = 0; attempt < 100 && !fresh; attempt++)
        {
            // The other node polls the change feed on its own (fake) clock.
            otherClock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
            fresh = (await other.GraphQLAsync(Query)).Body.Data("announcement").AsArray().Count == before + 1;
        }

        Assert.True(fresh, "The other node kept serving its cached answer after a publish.");
    }

    [Fact]
    public async Task The_schema_follows_definition_changes_without_a_restart()
    {
        const string Query = "{ announcement(first: 1) { readingMinutes } }";
        var (beforeStatus, _) = await site.Anonymous().GraphQLAsync(Query);

        await RecipeRunner.RunAsync(site.Services, """
            { "steps": [ { "name": "ContentDefinition", "ContentParts": [ { "Name": "Announcement", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "NumericField", "Name": "ReadingMinutes" } ] } ] } ] }
            """);
        var (afterStatus, after) = await site.Anonymous().GraphQLAsync(Query);

        Assert.Equal(HttpStatusCode.BadRequest, beforeStatus);
        Assert.Equal(HttpStatusCode.OK, afterStatus);
        Assert.Null(after["errors"]);
    }

    [Fact]
    public async Task GraphiQL_is_served_from_local_files()
    {
        var page = await site.Anonymous().GetAsync("/graphiql");
        var script = await site.Anonymous().GetAsync("/graphiql/graphiql.min.js");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("https://", html);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync("/graphiql/..%2Fsecret")).StatusCode);
    }

    private static string Nested(int levels) =>
        "{ platform(first: 1) { " + string.Concat(Enumerable.Repeat("provider { contentItems { ... on PartnerOrganization { platformByProvider { ", levels))
        + "displayText" + new string('}', levels * 4) + " } }";
}

public sealed class GraphQLProtocolSqliteTests(SqliteSite site) : GraphQLProtocolTests(site), IClassFixture<SqliteSite>;

public sealed class GraphQLProtocolPostgresTests(PostgresSite site) : GraphQLProtocolTests(site), IClassFixture<PostgresSite>;
