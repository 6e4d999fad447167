using System.Net;
using System.Text.Json.Nodes;
using EduHub.Core.Recipes;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Search;

/// <summary>Index profiles from recipes, rebuilds, other nodes and damaged index folders.</summary>
public abstract class SearchOperationsTests(EduHubSite site)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Index_status_needs_the_manage_permission()
    {
        var anonymous = await site.Anonymous().GetAsync("/api/search/indexes");
        var editor = await (await site.UserAsync("search-editor", ["Editor"])).GetAsync("/api/search/indexes");
        var admin = await site.Admin().GetAsync("/api/search/indexes");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains((await admin.ReadObjectAsync())["indexes"]!.AsArray(), i => i!["name"]!.GetValue<string>() == "public");
    }

    [Fact]
    public async Task An_admin_rebuild_reports_progress_until_done_and_search_keeps_working()
    {
        var admin = site.Admin();
        await site.Anonymous().FindAsync("q=Dasaran", "ehiplt00000000000dasaranen");

        var started = await admin.PostEmptyAsync("/api/search/indexes/public/rebuild");
        var unknown = await admin.PostEmptyAsync("/api/search/indexes/nosuch/rebuild");
        var denied = await site.Anonymous().PostEmptyAsync("/api/search/indexes/public/rebuild");

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("/api/search/indexes/public", started.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
        var status = await PollAsync(admin, "/api/search/indexes/public", s =>
            s["rebuild"] is JsonObject r && r["reason"]!.GetValue<string>().Contains("admin", StringComparison.Ordinal) && !r["running"]!.GetValue<bool>());
        Assert.Equal(status["rebuild"]!["total"]!.GetValue<long>(), status["rebuild"]!["done"]!.GetValue<long>());
        Assert.True(status["documents"]!.GetValue<int>() > 40);
        Assert.True((await site.Anonymous().FindAsync("q=Dasaran", "ehiplt00000000000dasaranen")).Has("ehiplt00000000000dasaranen"));
    }

    [Fact]
    public async Task A_new_node_builds_its_own_index_and_follows_changes_made_on_another_node()
    {
        var clock = new FakeTimeProvider(site.Clock.GetUtcNow());
        await using var node = site.CreateFactory(clock, new Dictionary<string, string?> { ["EduHub:Search:NodeName"] = "node-new" });
        var client = node.CreateClient();
        Assert.True((await client.FindAsync("q=Dasaran", "ehiplt00000000000dasaranen")).Has("ehiplt00000000000dasaranen"));

        var word = "Կողմնակի" + Guid.NewGuid().ToString("n")[..6];
        var id = (await (await site.Admin().PostJsonAsync("/api/content", Items.Platform(word))).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();

        var deadline = DateTime.UtcNow + Patience;
        JsonObject result;
        do
        {
            // The other node learns of the change from the database on its own timer.
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
            result = await client.SearchAsync("q=" + Uri.EscapeDataString(word));
        }
        while (!result.Has(id) && DateTime.UtcNow < deadline);

        Assert.True(result.Has(id));
        Assert.True(Directory.Exists(Path.Combine(site.DataPath, "Search", "node-new", "public")));
    }

    [Fact]
    public async Task A_corrupt_index_folder_is_detected_at_start_and_rebuilt()
    {
        var settings = new Dictionary<string, string?> { ["EduHub:Search:NodeName"] = "node-corrupt" };
        var folder = Path.Combine(site.DataPath, "Search", "node-corrupt", "public");
        await using (var first = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), settings))
        {
            await first.CreateClient().FindAsync("q=Dasaran", "ehiplt00000000000dasaranen");
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            await File.WriteAllBytesAsync(file, [0x42, 0x41, 0x44, 0x21, 0, 1, 2, 3]);
        }

        await using var restarted = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), settings);
        var client = restarted.CreateClient();

        Assert.True((await client.FindAsync("q=Dasaran", "ehiplt00000000000dasaranen")).Has("ehiplt00000000000dasaranen"));
        var admin = restarted.CreateClient();
        admin.DefaultRequestHeaders.Authorization = site.Admin().DefaultRequestHeaders.Authorization;
        var status = await (await admin.GetAsync("/api/search/indexes/public")).ReadObjectAsync();
        Assert.Contains("unreadable", status["rebuild"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_written_before_common_word_pairs_existed_is_rebuilt_at_start()
    {
        var settings = new Dictionary<string, string?> { ["EduHub:Search:NodeName"] = "node-v1" };
        var folder = Path.Combine(site.DataPath, "Search", "node-v1", "public");
        await using (var first = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), settings))
        {
            await first.CreateClient().FindAsync("q=Dasaran", "ehiplt00000000000dasaranen");
        }

        // The previous version's fingerprint; the item dropped from the old index so that only a rebuild finds it again.
        using (var directory = global::Lucene.Net.Store.FSDirectory.Open(folder))
        {
            IDictionary<string, string> userData;
            using (var reader = global::Lucene.Net.Index.DirectoryReader.Open(directory))
            {
                userData = new Dictionary<string, string>(reader.IndexCommit.UserData);
            }

            Assert.StartsWith("v2|", userData["eduhub.profile"], StringComparison.Ordinal);
            userData["eduhub.profile"] = "v1|" + userData["eduhub.profile"][3..];
            var config = new global::Lucene.Net.Index.IndexWriterConfig(global::Lucene.Net.Util.LuceneVersion.LUCENE_48, null) { OpenMode = global::Lucene.Net.Index.OpenMode.APPEND };
            using var writer = new global::Lucene.Net.Index.IndexWriter(directory, config);
            writer.DeleteDocuments(new global::Lucene.Net.Index.Term("ContentItemId", "ehiplt00000000000dasaranen"));
            writer.SetCommitData(userData);
            writer.Commit();
        }

        await using var restarted = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), settings);
        var client = restarted.CreateClient();

        Assert.True((await client.FindAsync("q=%22class%20register%22", "ehiplt00000000000dasaranen")).Has("ehiplt00000000000dasaranen"));
        var admin = restarted.CreateClient();
        admin.DefaultRequestHeaders.Authorization = site.Admin().DefaultRequestHeaders.Authorization;
        var status = await (await admin.GetAsync("/api/search/indexes/public")).ReadObjectAsync();
        Assert.Equal("the index profile changed", status["rebuild"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_recipe_creates_an_index_profile_in_orchards_3_shape_and_the_index_fills()
    {
        await RecipeRunner.RunAsync(site.Services, """
            { "steps": [ { "name": "CreateOrUpdateIndexProfile", "indexes": [ {
              "Name": "EnglishPlatforms", "IndexName": "platforms-en", "ProviderName": "Lucene", "Type": "Content",
              "Properties": {
                "ContentIndexMetadata": { "IndexLatest": false, "IndexedContentTypes": [ "Platform" ], "Culture": "en" },
                "LuceneIndexMetadata": { "AnalyzerName": "standard", "StoreSourceData": true } } } ] } ] }
            """);

        var result = await site.Anonymous().SearchUntilAsync("index=platforms-en&size=100", r => r["total"]!.GetValue<int>() >= 10);

        Assert.True(result["total"]!.GetValue<int>() >= 10);
        Assert.All(result["hits"]!.AsArray(), h =>
        {
            Assert.Equal("Platform", h!["contentType"]!.GetValue<string>());
            Assert.Equal("en", h["culture"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task Orchards_lucene_index_step_and_the_reset_step_are_accepted()
    {
        await RecipeRunner.RunAsync(site.Services, """
            { "steps": [
              { "name": "lucene-index", "Indices": [ { "guides": { "AnalyzerName": "standardanalyzer", "IndexLatest": false, "IndexedContentTypes": [ "SafetyGuide" ], "Culture": "any", "StoreSourceData": false } } ] },
              { "name": "lucene-index-reset", "Indices": [ "guides" ] } ] }
            """);

        var result = await site.Anonymous().SearchUntilAsync("index=guides", r => r["total"]!.GetValue<int>() >= 4);

        Assert.All(result["hits"]!.AsArray(), h => Assert.Equal("SafetyGuide", h!["contentType"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{ "name": "lucene-index", "Indices": [ { "bad-types": { "IndexedContentTypes": [ "NoSuchType" ] } } ] }""", "Unknown content type 'NoSuchType'")]
    [InlineData("""{ "name": "lucene-index", "Indices": [ { "bad-analyzer": { "IndexedContentTypes": [ "Platform" ], "AnalyzerName": "klingon" } } ] }""", "Unknown analyzer")]
    [InlineData("""{ "name": "CreateOrUpdateIndexProfile", "indexes": [ { "IndexName": "bad-provider", "ProviderName": "Elasticsearch", "Properties": { "ContentIndexMetadata": { "IndexedContentTypes": [ "Platform" ] } } } ] }""", "Only the Lucene provider")]
    [InlineData("""{ "name": "lucene-index-rebuild", "Indices": [ "no-such-index" ] }""", "Unknown index 'no-such-index'")]
    public async Task A_bad_index_step_fails_the_recipe_and_creates_nothing(string step, string problem)
    {
        var recipe = $$"""{ "steps": [ { "name": "lucene-index", "Indices": [ { "should-not-exist": { "IndexedContentTypes": [ "Platform" ] } } ] }, {{step}} ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => RecipeRunner.RunAsync(site.Services, recipe));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.StepIndex);
        var indexes = await (await site.Admin().GetAsync("/api/search/indexes")).ReadObjectAsync();
        Assert.DoesNotContain(indexes["indexes"]!.AsArray(), i => i!["name"]!.GetValue<string>() is "should-not-exist" or "bad-types" or "bad-analyzer" or "bad-provider");
    }

    private static async Task<JsonObject> PollAsync(HttpClient client, string url, Func<JsonObject, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var json = await (await client.GetAsync(url)).ReadObjectAsync();
            if (done(json) || DateTime.UtcNow > deadline)
            {
                return json;
            }

            await Task.Delay(50);
        }
    }
}

public sealed class SearchOperationsSqliteTests(SqliteSite site) : SearchOperationsTests(site), IClassFixture<SqliteSite>;

public sealed class SearchOperationsPostgresTests(PostgresSite site) : SearchOperationsTests(site), IClassFixture<PostgresSite>;
