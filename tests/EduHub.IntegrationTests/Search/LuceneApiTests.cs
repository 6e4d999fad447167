using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Search;

/// <summary>Orchard Core's /api/lucene/content and /api/lucene/documents, permission-checked per index.</summary>
public abstract class LuceneApiTests(EduHubSite site)
{
    private const string Dasaran = "ehiplt00000000000dasaranen";

    [Fact]
    public async Task Content_returns_the_items_matching_a_match_query()
    {
        var client = site.Anonymous();
        await client.FindAsync("q=Dasaran", Dasaran);
        var query = """{ "query": { "match": { "Content.ContentItem.FullText": "Dasaran" } }, "size": 10 }""";

        var response = await client.GetAsync($"/api/lucene/content?indexName=public&query={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Contains(body["items"]!.AsArray(), i => i!["ContentItemId"]!.GetValue<string>() == Dasaran);
        Assert.True(body["count"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Documents_accepts_a_json_post_with_bool_term_sort_and_parameters()
    {
        var client = site.Anonymous();
        await client.FindAsync("q=Dasaran", Dasaran);
        var body = new JsonObject
        {
            ["indexName"] = "public",
            ["query"] = """
                { "query": { "bool": {
                    "must": [ { "term": { "Content.ContentItem.ContentType": "{{ type }}" } } ],
                    "filter": [ { "term": { "Content.LocalizationPart.Culture": "en" } } ],
                    "must_not": [ { "prefix": { "Content.ContentItem.DisplayText": "zoom" } } ] } },
                  "sort": { "Content.ContentItem.DisplayText.keyword": { "order": "asc" } }, "from": 0, "size": 50 }
                """,
            ["parameters"] = """{ "type": "Platform" }""",
        };

        var response = await client.PostJsonAsync("/api/lucene/documents", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.ReadObjectAsync())["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("Platform", i!["ContentType"]!.GetValue<string>()));
        Assert.DoesNotContain(items, i => i!["ContentItemId"]!.GetValue<string>().Contains("zoom", StringComparison.Ordinal));
        var titles = items.Select(i => i!["DisplayText"]!.GetValue<string>().ToLowerInvariant()).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal).ToList(), titles);
    }

    [Fact]
    public async Task A_form_post_with_query_string_syntax_works()
    {
        var client = site.Anonymous();
        await client.FindAsync("q=Dasaran", Dasaran);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["indexName"] = "public",
            ["query"] = """{ "query": { "query_string": { "query": "Dasaran AND ContentType:Platform" } } }""",
        });

        var response = await client.PostAsync("/api/lucene/content", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await response.ReadObjectAsync())["items"]!.AsArray(), i => i!["ContentItemId"]!.GetValue<string>() == Dasaran);
    }

    [Fact]
    public async Task An_index_needs_its_permission_unlike_orchard_core()
    {
        await RecipeRunner.RunAsync(site.Services, """
            { "steps": [ { "name": "lucene-index", "Indices": [ { "internal": { "IndexedContentTypes": [ "Platform" ] } } ] } ] }
            """);
        var query = Uri.EscapeDataString("""{ "query": { "match_all": {} } }""");

        var anonymous = await site.Anonymous().GetAsync($"/api/lucene/documents?indexName=internal&query={query}");
        var editor = await (await site.UserAsync("lucene-editor", ["Editor"])).GetAsync($"/api/lucene/documents?indexName=internal&query={query}");
        var admin = await site.Admin().GetAsync($"/api/lucene/documents?indexName=internal&query={query}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Private_contact_data_is_not_in_the_documents_and_cannot_be_queried()
    {
        var client = site.Anonymous();
        await client.FindAsync("q=" + Uri.EscapeDataString("Լիլիթ"), Demo.Mentor1);
        var all = Uri.EscapeDataString("""{ "query": { "term": { "ContentItemId": "ehimen000000000000000m01hy" } } }""");
        var byEmail = Uri.EscapeDataString("""{ "query": { "query_string": { "query": "\"lilit.arakelyan@example.org\" OR Mentor.Email:lilit* OR 37499000101" } } }""");

        var document = await (await site.Admin().GetAsync($"/api/lucene/documents?indexName=public&query={all}")).ReadObjectAsync();
        var found = await (await site.Admin().GetAsync($"/api/lucene/content?indexName=public&query={byEmail}")).ReadObjectAsync();

        var text = document.ToJsonString();
        Assert.Single(document["items"]!.AsArray());
        Assert.DoesNotContain("example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("37499000101", text, StringComparison.Ordinal);
        Assert.Empty(found["items"]!.AsArray());
    }

    [Theory]
    [InlineData("public", "{ not json", "Invalid query syntax")]
    [InlineData("public", """{ "query": { "knn": {} } }""", "Invalid query syntax")]
    [InlineData("public", """{ "query": { "query_string": { "query": "(unbalanced" } } }""", "Invalid query syntax")]
    [InlineData("public", """{ "query": { "match_all": {} }, "size": 1000 }""", "Invalid page size")]
    [InlineData("public", """{ "query": { "match_all": {} }, "sort": { "Platform.Summary": "asc" } }""", "Invalid query syntax")]
    [InlineData("public", """{ "query": { "term": { "ContentItemId": "{{ missing }}" } } }""", "Invalid parameters")]
    [InlineData("nosuchindex", """{ "query": { "match_all": {} } }""", "Unknown index")]
    public async Task Bad_queries_are_a_clear_400(string index, string query, string title)
    {
        var before = await SettledDocumentCountAsync();

        var response = await site.Admin().PostAsync("/api/lucene/content", new FormUrlEncodedContent(new Dictionary<string, string> { ["indexName"] = index, ["query"] = query }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, (await response.ReadObjectAsync())["title"]!.GetValue<string>());
        Assert.Equal(before, await SettledDocumentCountAsync());
    }

    /// <summary>
    /// The public index's document count once background indexing has caught up (no rebuild running, two reads a
    /// quarter of a second apart agree): on a busy machine the start-up rebuild or the indexing of items created by
    /// earlier tests could otherwise move the count between "before" and "after".
    /// </summary>
    private async Task<int> SettledDocumentCountAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int? previous = null;
        while (true)
        {
            var status = await (await site.Admin().GetAsync("/api/search/indexes/public")).ReadObjectAsync();
            var count = status["documents"]!.GetValue<int>();
            var rebuilding = status["rebuild"] is System.Text.Json.Nodes.JsonObject rebuild && rebuild["running"]!.GetValue<bool>();
            if ((!rebuilding && count == previous) || DateTime.UtcNow > deadline)
            {
                return count;
            }

            previous = rebuilding ? null : count;
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400()
    {
        var response = await site.Anonymous().PostAsync("/api/lucene/content", new StringContent("<xml/>", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class LuceneApiSqliteTests(SqliteSite site) : LuceneApiTests(site), IClassFixture<SqliteSite>;

public sealed class LuceneApiPostgresTests(PostgresSite site) : LuceneApiTests(site), IClassFixture<PostgresSite>;
