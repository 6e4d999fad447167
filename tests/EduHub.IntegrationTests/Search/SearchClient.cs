using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Search;

/// <summary>Calls /api/search and polls until the index shows what a test expects (indexing runs in the background).</summary>
internal static class SearchClient
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<JsonObject> SearchAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/search?" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadObjectAsync();
    }

    public static async Task<JsonObject> SearchUntilAsync(this HttpClient client, string query, Func<JsonObject, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var result = await client.SearchAsync(query);
            if (done(result) || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(50);
        }
    }

    public static IReadOnlyList<string> Ids(this JsonObject result) =>
        result["hits"]!.AsArray().Select(h => h!["contentItemId"]!.GetValue<string>()).ToList();

    public static bool Has(this JsonObject result, string id) => result.Ids().Contains(id);

    public static Task<JsonObject> FindAsync(this HttpClient client, string query, string id) =>
        client.SearchUntilAsync(query, r => r.Has(id));

    public static Task<JsonObject> LoseAsync(this HttpClient client, string query, string id) =>
        client.SearchUntilAsync(query, r => !r.Has(id));
}
