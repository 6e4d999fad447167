using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.GraphQL;

/// <summary>Reading the hub over GraphQL: Orchard Core's query conventions, filters on fields, sorting, connections, cultures.</summary>
public abstract class GraphQLQueryTests(EduHubSite site)
{
    [Fact]
    public async Task Platforms_list_with_provider_and_terms_in_utf8()
    {
        var response = await site.Anonymous().PostAsync("/api/graphql", new StringContent(
            """{"query":"{ platform(first: 3, orderBy: {displayText: ASC}) { contentItemId displayText website { url } provider { contentItems { displayText } } subjects { termContentItems { displayText } } } }"}""",
            System.Text.Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\\u", text);
        Assert.Contains("Մաթեմատիկա", text);
        var body = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        Assert.Null(body["errors"]);
        Assert.Equal(3, body.Data("platform").AsArray().Count);
        Assert.All(body.Data("platform").AsArray(), p => Assert.NotEmpty(p!["provider"]!["contentItems"]!.AsArray()));
    }

    [Fact]
    public async Task Picked_items_read_by_name_only_and_whole_in_one_request_agree()
    {
        // The first alias needs index-row data only (loaded without documents), the second the provider's fields.
        var (_, body) = await site.Anonymous().GraphQLAsync($$"""
            { platform(where: { contentItemId: "{{Demo.HeravarPlatform}}" }) {
                names: provider { contentItems { contentItemId displayText contentType modifiedUtc } }
                whole: provider { contentItems { displayText ... on PartnerOrganization { title { title } website { url } } } } } }
            """);

        Assert.Null(body["errors"]);
        var platform = body.Data("platform").AsArray().Single()!;
        var name = platform["names"]!["contentItems"]!.AsArray().Single()!;
        var whole = platform["whole"]!["contentItems"]!.AsArray().Single()!;
        Assert.Equal(Demo.NcetOrganization, name["contentItemId"]!.GetValue<string>());
        Assert.Equal("PartnerOrganization", name["contentType"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(name["modifiedUtc"]!.GetValue<string>()));
        Assert.Equal(whole["displayText"]!.GetValue<string>(), name["displayText"]!.GetValue<string>());
        Assert.StartsWith("https://", whole["website"]!["url"]!.GetValue<string>());
        Assert.Equal(name["displayText"]!.GetValue<string>(), whole["title"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lists_read_by_name_only_match_lists_read_whole()
    {
        // Name-only selections are answered from index rows without the documents; the answer must not change.
        const string Order = "orderBy: { displayText: ASC }";
        var (_, names) = await site.Anonymous().GraphQLAsync($"{{ platform(first: 5, {Order}) {{ contentItemId displayText modifiedUtc }} }}");
        var (_, whole) = await site.Anonymous().GraphQLAsync($"{{ platform(first: 5, {Order}) {{ contentItemId displayText modifiedUtc website {{ url }} }} }}");
        var (_, nodes) = await site.Anonymous().GraphQLAsync($"{{ platformConnection(first: 5, {Order}) {{ totalCount edges {{ cursor node {{ contentItemId displayText modifiedUtc }} }} }} }}");

        var expected = whole.Data("platform").AsArray().Select(p => (p!["contentItemId"]!.ToJsonString(), p["displayText"]!.ToJsonString(), p["modifiedUtc"]!.ToJsonString())).ToList();
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, names.Data("platform").AsArray().Select(p => (p!["contentItemId"]!.ToJsonString(), p["displayText"]!.ToJsonString(), p["modifiedUtc"]!.ToJsonString())));
        Assert.Equal(expected, nodes.Data("platformConnection")["edges"]!.AsArray().Select(e => e!["node"]!).Select(p => (p["contentItemId"]!.ToJsonString(), p["displayText"]!.ToJsonString(), p["modifiedUtc"]!.ToJsonString())));
        Assert.All(whole.Data("platform").AsArray(), p => Assert.StartsWith("https://", p!["website"]!["url"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Where_on_fields_pickers_and_terms_is_scoped_to_the_field()
    {
        var (_, byProvider) = await site.Anonymous().GraphQLAsync($$"""{ platform(where: { platform: { provider: "{{Demo.NcetOrganization}}" } }) { contentItemId } }""");
        var (_, bySubject) = await site.Anonymous().GraphQLAsync($$"""{ platform(first: 100, where: { platform: { subjects: "{{Demo.Mathematics}}" } }) { subjects { termContentItemIds } } }""");
        var (_, numbers) = await site.Anonymous().GraphQLAsync("""{ school(first: 100, where: { school: { pupils_gt: 300, pilotSchool: false } }) { pupils pilotSchool } }""");

        Assert.Contains(byProvider.Data("platform").AsArray(), p => p!["contentItemId"]!.GetValue<string>() == Demo.HeravarPlatform);
        Assert.All(bySubject.Data("platform").AsArray(), p => Assert.Contains(Demo.Mathematics, p!["subjects"]!["termContentItemIds"]!.AsArray().Select(n => n!.GetValue<string>())));
        Assert.True(numbers.Data("school").AsArray().Count > 0, numbers.ToJsonString());
        Assert.All(numbers.Data("school").AsArray(), s => Assert.True(s!["pupils"]!.GetValue<decimal>() > 300 && !s["pilotSchool"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task And_or_not_and_string_operators()
    {
        var (_, either) = await site.Anonymous().GraphQLAsync($$"""{ school(first: 100, where: { OR: [ { school: { region: "{{Demo.Yerevan}}" } }, { school: { pilotSchool: true } } ] }) { contentItemId } }""");
        var (_, neither) = await site.Anonymous().GraphQLAsync($$"""{ school(first: 100, where: { NOT: [ { school: { region: "{{Demo.Yerevan}}" } }, { school: { pilotSchool: true } } ] }) { contentItemId } }""");
        var (_, all) = await site.Anonymous().GraphQLAsync("""{ school(first: 100) { contentItemId } }""");
        var (_, startsWith) = await site.Anonymous().GraphQLAsync("""{ school(first: 100, where: { displayText_starts_with: "Գյումրու" }) { displayText } }""");

        Assert.Equal(all.Data("school").AsArray().Count, either.Data("school").AsArray().Count + neither.Data("school").AsArray().Count);
        Assert.All(startsWith.Data("school").AsArray(), s => Assert.StartsWith("Գյումրու", s!["displayText"]!.GetValue<string>()));
        Assert.NotEmpty(startsWith.Data("school").AsArray());
    }

    [Fact]
    public async Task Order_by_a_field_and_walk_a_connection_with_cursors()
    {
        var seen = new List<decimal>();
        string? after = null;
        int? total = null;
        do
        {
            var (_, body) = await site.Anonymous().GraphQLAsync(
                "query($after: String) { schoolConnection(first: 4, after: $after, orderBy: { school: { pupils: DESC } }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { pupils } } } }",
                new { after });
            var connection = body.Data("schoolConnection");
            total ??= connection["totalCount"]!.GetValue<int>();
            seen.AddRange(connection["edges"]!.AsArray().Select(e => e!["node"]!["pupils"]?.GetValue<decimal>() ?? -1));
            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(total, seen.Count);
        var withValues = seen.Where(p => p >= 0).ToList();
        Assert.Equal(withValues.OrderDescending(), withValues);
    }

    [Fact]
    public async Task Culture_serves_the_translation_or_falls_back_and_says_which()
    {
        var (_, english) = await site.Anonymous().GraphQLAsync("""{ announcement(culture: "en") { displayText localization { culture } } }""");
        var (_, russian) = await site.Anonymous().GraphQLAsync("""{ announcement(culture: "ru") { displayText localization { culture } } }""");

        Assert.Equal("en", Assert.Single(english.Data("announcement").AsArray())!["localization"]!["culture"]!.GetValue<string>());
        Assert.Equal("hy", Assert.Single(russian.Data("announcement").AsArray())!["localization"]!["culture"]!.GetValue<string>());
    }

    [Fact]
    public async Task Date_fields_are_readable()
    {
        var (_, body) = await site.Anonymous().GraphQLAsync("""{ announcement(culture: "en") { date } }""");

        Assert.Null(body["errors"]);
        Assert.StartsWith("2020-03-17", Assert.Single(body.Data("announcement").AsArray())!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task Order_by_keys_apply_in_the_order_written()
    {
        var (_, body) = await site.Anonymous().GraphQLAsync("""{ school(first: 100, orderBy: { school: { schoolType: ASC }, displayText: DESC }) { schoolType displayText } }""");

        var rows = body.Data("school").AsArray().Select(s => (Type: s!["schoolType"]!.GetValue<string>(), Name: s["displayText"]!.GetValue<string>())).ToList();
        Assert.Equal(rows.Select(r => r.Type).Order(StringComparer.Ordinal), rows.Select(r => r.Type));
        Assert.True(rows.Select(r => r.Type).Distinct().Count() > 1);
    }

    [Fact]
    public async Task Reverse_relations_list_who_points_here()
    {
        var (_, body) = await site.Anonymous().GraphQLAsync($$"""{ mentor(where: { contentItemId: "{{Demo.Mentor1}}" }) { schoolByMentors { contentItemId } } }""");

        Assert.Contains(Assert.Single(body.Data("mentor").AsArray())!["schoolByMentors"]!.AsArray(), s => s!["contentItemId"]!.GetValue<string>() == Demo.School203);
    }

    [Fact]
    public async Task ContentItem_by_id_returns_the_interface_with_the_typed_fields()
    {
        var (_, body) = await site.Anonymous().GraphQLAsync($$"""{ contentItem(contentItemId: "{{Demo.School187}}") { contentType displayText ... on School { pupils region { termContentItems { displayText } } } } }""");

        Assert.Equal("School", body.Data("contentItem")["contentType"]!.GetValue<string>());
        Assert.Equal("Երևան", body.Data("contentItem")["region"]!["termContentItems"]![0]!["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Skip_and_include_follow_each_requests_variables_for_every_item()
    {
        // The fields of a selection are collected once per request and type: the next request's variables must count.
        const string Query = "query($url: Boolean!) { platform(first: 3, orderBy: { displayText: ASC }) { displayText website @include(if: $url) { url } provider @skip(if: $url) { contentItemIds } } }";

        var (_, with) = await site.Anonymous().GraphQLAsync(Query, new { url = true });
        var (_, without) = await site.Anonymous().GraphQLAsync(Query, new { url = false });

        Assert.Null(with["errors"]);
        Assert.Equal(3, with.Data("platform").AsArray().Count);
        Assert.All(with.Data("platform").AsArray(), p => Assert.Equal(["displayText", "website"], p!.AsObject().Select(f => f.Key)));
        Assert.All(without.Data("platform").AsArray(), p => Assert.Equal(["displayText", "provider"], p!.AsObject().Select(f => f.Key)));
    }

    [Fact]
    public async Task Items_of_different_types_in_one_request_get_their_own_fields()
    {
        var (_, body) = await site.Anonymous().GraphQLAsync($$"""
            { a: contentItem(contentItemId: "{{Demo.HeravarPlatform}}") { __typename displayText ... on Platform { website { url } } ... on School { pupils } }
              b: contentItem(contentItemId: "{{Demo.School187}}") { __typename displayText ... on Platform { website { url } } ... on School { pupils } }
              platform(first: 2) { provider { contentItems { __typename contentType } } } }
            """);

        Assert.Null(body["errors"]);
        Assert.Equal(["__typename", "displayText", "website"], body.Data("a").AsObject().Select(f => f.Key));
        Assert.Equal("Platform", body.Data("a")["__typename"]!.GetValue<string>());
        Assert.Equal(["__typename", "displayText", "pupils"], body.Data("b").AsObject().Select(f => f.Key));
        Assert.Equal("School", body.Data("b")["__typename"]!.GetValue<string>());
        var providers = body.Data("platform").AsArray().SelectMany(p => p!["provider"]!["contentItems"]!.AsArray()).ToList();
        Assert.NotEmpty(providers);
        Assert.All(providers, p => Assert.Equal(p!["contentType"]!.GetValue<string>(), p["__typename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Related_items_are_loaded_in_batches_whatever_the_page_size()
    {
        const string Query = "query($n: Int) { platform(first: $n) { displayText provider { contentItems { displayText } } subjects { termContentItems { displayText } } languages { termContentItems { displayText } } } }";

        // Measured warm: the first read of a document adds one statement for the documents not parsed yet. Each
        // page size is asked once (a repeated anonymous query would be answered from the response cache).
        var coldLarge = await CountCommandsAsync(Query, 20);
        var small = await CountCommandsAsync(Query, 2);
        var large = await CountCommandsAsync(Query, 19);

        Assert.Equal(small, large);
        Assert.InRange(large, 1, 8);
        Assert.InRange(coldLarge, large, large + 3);
    }

    private async Task<int> CountCommandsAsync(string query, int pageSize)
    {
        var client = site.Anonymous();
        var body = new System.Text.Json.Nodes.JsonObject { ["query"] = query, ["variables"] = new System.Text.Json.Nodes.JsonObject { ["n"] = pageSize } };
        var response = await client.PostAsync("/api/graphql", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return int.Parse(response.Headers.GetValues("X-EduHub-Sql-Commands").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class GraphQLQuerySqliteTests(SqliteSite site) : GraphQLQueryTests(site), IClassFixture<SqliteSite>;

public sealed class GraphQLQueryPostgresTests(PostgresSite site) : GraphQLQueryTests(site), IClassFixture<PostgresSite>;
