using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace EduHub.IntegrationTests.Infrastructure;

internal static class GraphQLClient
{
    public static async Task<(HttpStatusCode Status, JsonObject Body)> GraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables));
        }

        var response = await client.PostAsync("/api/graphql", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.ReadObjectAsync());
    }

    public static string? Code(this JsonObject body, int index = 0) => body["errors"]?[index]?["extensions"]?["code"]?.GetValue<string>();

    public static JsonNode Data(this JsonObject body, string field) => body["data"]?[field] ?? throw new InvalidOperationException($"No data.{field} in {body.ToJsonString()}");
}
