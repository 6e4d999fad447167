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
    public async Task Picked_items_hide_private_fields_from_the_public_but_not_from_administrators()
    {
        var query = $$"""{ school(where: { contentItemId: "{{Demo.School203}}" }) { mentors { contentItems { displayText ... on Mentor { email } } } } }""";

        var (_, anonymous) = await site.Anonymous().GraphQLAsync(query);
        var (_, admin) = await site.Admin().GraphQLAsync(query);

        var publicMentors = anonymous.Data("school")[0]!["mentors"]!["contentItems"]!.AsArray();
        Assert.NotEmpty(publicMentors);
        Assert.All(publicMentors, m => Assert.Null(m!["email"]));
        Assert.Contains(admin.Data("school")[0]!["mentors"]!["contentItems"]!.AsArray(), m => m!["email"] is not null);
    }

    [Fact]
    public async Task A_picked_draft_is_not_shown_until_it_is_published()
    {
        var unique = Guid.NewGuid().ToString("n");
        var draft = await site.Admin().PostJsonAsync("/api/content?draft=true", Items.Platform($"Draft platform {unique}", $"https://draft-{unique}.example.am"));
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var draftId = (await draft.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        var school = Items.School($"School of a draft platform {unique}");
        school["School"]!["Platforms"] = new JsonObject { ["ContentItemIds"] = new JsonArray(draftId, Demo.HeravarPlatform) };
        var created = await site.Admin().PostJsonAsync("/api/content", school);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var schoolId = (await created.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        var query = $$"""{ school(where: { contentItemId: "{{schoolId}}" }) { platforms { contentItemIds contentItems { contentItemId } } } }""";

        var (_, before) = await site.Anonymous().GraphQLAsync(query);
        await site.Admin().PostEmptyAsync($"/api/content/{draftId}/publish");
        var (_, after) = await site.Anonymous().GraphQLAsync(query);

        var platforms = before.Data("school")[0]!["platforms"]!;
        Assert.Equal(2, platforms["contentItemIds"]!.AsArray().Count);
        Assert.Equal([Demo.HeravarPlatform], platforms["contentItems"]!.AsArray().Select(i => i!["contentItemId"]!.GetValue<string>()));
        Assert.Equal([draftId, Demo.HeravarPlatform], after.Data("school")[0]!["platforms"]!["contentItems"]!.AsArray().Select(i => i!["contentItemId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_anonymous_cached_answer_is_never_served_to_a_signed_in_caller_sending_the_same_bytes()
    {
        var title = $"Draft school {Guid.NewGuid():n}";
        Assert.Equal(HttpStatusCode.Created, (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.School(title))).StatusCode);
        var query = $$"""{ school(status: DRAFT, where: { displayText: "{{title}}" }) { displayText } }""";
        var body = new JsonObject { ["query"] = query }.ToJsonString();
        var url = "/api/graphql?query=" + Uri.EscapeDataString(query);

        // The same bytes twice from the public (the second answer comes from the cache), then from an administrator.
        await site.Anonymous().PostAsync("/api/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var anonymousPost = await (await site.Anonymous().PostAsync("/api/graphql", new StringContent(body, Encoding.UTF8, "application/json"))).ReadObjectAsync();
        var adminPost = await (await site.Admin().PostAsync("/api/graphql", new StringContent(body, Encoding.UTF8, "application/json"))).ReadObjectAsync();
        await site.Anonymous().GetAsync(url);
        var anonymousGet = await (await site.Anonymous().GetAsync(url)).ReadObjectAsync();
        var adminGet = await (await site.Admin().GetAsync(url)).ReadObjectAsync();

        Assert.Empty(anonymousPost.Data("school").AsArray());
        Assert.Empty(anonymousGet.Data("school").AsArray());
        Assert.Equal(title, Assert.Single(adminPost.Data("school").AsArray())!["displayText"]!.GetValue<string>());
        Assert.Equal(title, Assert.Single(adminGet.Data("school").AsArray())!["displayText"]!.GetValue<string>());
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
