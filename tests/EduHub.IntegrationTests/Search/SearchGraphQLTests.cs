using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Search;

/// <summary>The GraphQL <c>search</c> field, added by the search module through GraphQL.Abstractions.</summary>
public abstract class SearchGraphQLTests(EduHubSite site)
{
    private const string Query = """
        query ($q: String, $filters: SearchFiltersInput, $first: Int) {
          search(query: $q, contentTypes: ["Platform"], culture: "en", filters: $filters, first: $first) {
            totalCount
            hits { contentItemId contentType score highlights contentItem { contentItemId ... on Platform { displayText } } }
            facets { name values { value label count } }
          }
        }
        """;

    [Fact]
    public async Task Search_returns_typed_items_highlights_and_facets()
    {
        var client = site.Anonymous();
        await client.FindAsync("q=Dasaran", "ehiplt00000000000dasaranen");

        var (status, body) = await client.GraphQLAsync(Query, new { q = "Dasaran", first = 5 });

        Assert.Equal(HttpStatusCode.OK, status);
        var search = body.Data("search");
        Assert.True(search["totalCount"]!.GetValue<int>() >= 1);
        var hit = search["hits"]!.AsArray().First(h => h!["contentItemId"]!.GetValue<string>() == "ehiplt00000000000dasaranen")!;
        Assert.Equal("Dasaran (dasaran.am)", hit["contentItem"]!["displayText"]!.GetValue<string>());
        Assert.NotNull(hit["highlights"]);
        Assert.Contains(search["facets"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "cost");
    }

    [Fact]
    public async Task Filters_narrow_the_hits()
    {
        var client = site.Anonymous();
        await client.FindAsync("q=Zoom", "ehiplt00000000000000zoomen");

        var (_, body) = await client.GraphQLAsync(Query, new { filters = new { cost = new[] { "freemium" } }, first = 50 });

        var hits = body.Data("search")["hits"]!.AsArray();
        Assert.Contains(hits, h => h!["contentItemId"]!.GetValue<string>() == "ehiplt00000000000000zoomen");
        Assert.DoesNotContain(hits, h => h!["contentItemId"]!.GetValue<string>() == "ehiplt00000000000dasaranen");
    }

    [Theory]
    [InlineData("\"unclosed", 5, "BAD_QUERY")]
    [InlineData("zoom", 500, "PAGE_SIZE_EXCEEDED")]
    public async Task Bad_arguments_are_a_400_with_a_code(string q, int first, string code)
    {
        var (status, body) = await site.Anonymous().GraphQLAsync(Query, new { q, first });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, body.Code());
    }
}

public sealed class SearchGraphQLSqliteTests(SqliteSite site) : SearchGraphQLTests(site), IClassFixture<SqliteSite>;

public sealed class SearchGraphQLPostgresTests(PostgresSite site) : SearchGraphQLTests(site), IClassFixture<PostgresSite>;
