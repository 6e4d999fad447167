using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.GraphQL;

/// <summary>What hidden data must stay hidden through every side door: filters, sorts, GET, caches, bad credentials.</summary>
public abstract class GraphQLSecurityTests(EduHubSite site)
{
    [Fact]
    public async Task Private_fields_cannot_be_used_to_filter_or_sort_by_the_public()
    {
        var editor = await site.UserAsync("sec-editor", ["Editor"]);

        var (filterStatus, filter) = await site.Anonymous().GraphQLAsync("""{ mentor(where: { mentor: { email_starts_with: "l" } }) { displayText } }""");
        var (sortStatus, _) = await site.Anonymous().GraphQLAsync("""{ mentor(orderBy: { mentor: { phone: ASC } }) { displayText } }""");
        var rest = await site.Anonymous().GetAsync("/api/content?type=Mentor&filter=Mentor.Email:starts_with:l");
        var (editorStatus, editorBody) = await editor.GraphQLAsync("""{ mentor(where: { mentor: { email_contains: "@" } }) { email } }""");

        Assert.Equal(HttpStatusCode.BadRequest, filterStatus);
        Assert.Equal("BAD_QUERY", filter.Code());
        Assert.Equal(HttpStatusCode.BadRequest, sortStatus);
        Assert.Equal(HttpStatusCode.BadRequest, rest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editorStatus);
        Assert.NotEmpty(editorBody.Data("mentor").AsArray());
    }

    [Fact]
    public async Task Owners_and_authors_are_not_shown_or_filterable_for_the_public()
    {
        var (_, body) = await site.Anonymous().GraphQLAsync("{ school(first: 3) { owner author } }");
        var (status, _) = await site.Anonymous().GraphQLAsync("""{ school(where: { owner: "admin" }) { displayText } }""");
        var (_, asAdmin) = await site.Admin().GraphQLAsync("{ school(first: 1) { owner } }");

        Assert.All(body.Data("school").AsArray(), s => Assert.Null(s!["owner"]));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("admin", asAdmin.Data("school")[0]!["owner"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mutations_over_get_are_refused_and_change_nothing()
    {
        var title = $"Created over GET {Guid.NewGuid():n}";
        var query = $$"""mutation { createAnnouncement(input: { title: "{{title}}", date: "2026-11-29" }) { contentItemId } }""";

        var response = await site.Admin().GetAsync("/api/graphql?query=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var (_, list) = await site.Admin().GraphQLAsync($$"""{ announcement(status: LATEST, where: { displayText: "{{title}}" }) { contentItemId } }""");
        Assert.Empty(list.Data("announcement").AsArray());
    }

    [Fact]
    public async Task Wrong_credentials_are_401_not_anonymous()
    {
        var client = site.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:wrong-password")));

        var (status, _) = await client.GraphQLAsync("{ school(first: 1) { displayText } }");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_null_answer_for_a_draft_is_not_served_from_cache_after_publishing()
    {
        var draft = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School($"Soon public {Guid.NewGuid():n}"))).ReadObjectAsync();
        var id = draft["ContentItemId"]!.GetValue<string>();
        var query = $$"""{ contentItem(contentItemId: "{{id}}") { displayText } }""";
        var (_, before) = await site.Anonymous().GraphQLAsync(query);

        await site.Admin().PostEmptyAsync($"/api/content/{id}/publish");
        var (_, after) = await site.Anonymous().GraphQLAsync(query);

        Assert.Null(before["data"]!["contentItem"]);
        Assert.NotNull(after["data"]!["contentItem"]);
    }

    [Fact]
    public async Task Renaming_a_picked_item_refreshes_cached_answers_that_show_it()
    {
        var query = $$"""{ platform(where: { contentItemId: "{{Demo.HeravarPlatform}}" }) { provider { contentItems { displayText } } } }""";
        await site.Anonymous().GraphQLAsync(query);
        var provider = await (await site.Admin().GetAsync($"/api/content/{Demo.NcetOrganization}")).ReadObjectAsync();
        var newName = $"NCET renamed {Guid.NewGuid():n}";
        provider["TitlePart"]!["Title"] = newName;
        Assert.Equal(HttpStatusCode.OK, (await site.Admin().PostJsonAsync("/api/content", provider)).StatusCode);

        var (_, after) = await site.Anonymous().GraphQLAsync(query);

        Assert.Equal(newName, after.Data("platform")[0]!["provider"]!["contentItems"]![0]!["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Browser_apps_on_other_sites_may_call_the_api()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/graphql");
        preflight.Headers.Add("Origin", "https://school.example.am");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await site.Anonymous().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}

public sealed class GraphQLSecuritySqliteTests(SqliteSite site) : GraphQLSecurityTests(site), IClassFixture<SqliteSite>;

public sealed class GraphQLSecurityPostgresTests(PostgresSite site) : GraphQLSecurityTests(site), IClassFixture<PostgresSite>;
