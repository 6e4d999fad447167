using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.GraphQL;

/// <summary>Mutations follow the same rules as every entry point: validation, permissions, conflicts, visibility.</summary>
public abstract class GraphQLMutationTests(EduHubSite site)
{
    private const string CreateSchool = """
        mutation($title: String, $phone: String) {
          createSchool(publish: true, input: { title: $title, community: "Գյումրի", schoolType: "secondary", phone: $phone,
            region: ["ehireg0000000000000000amsh"] }) { contentItemId contentItemVersionId phone published }
        }
        """;

    [Fact]
    public async Task Editor_creates_and_publishes_and_anonymous_sees_it()
    {
        var editor = await site.UserAsync("gql-editor", ["Editor"]);

        var (status, body) = await editor.GraphQLAsync(CreateSchool, new { title = $"GraphQL school {Guid.NewGuid():n}", phone = "0312 55555" });

        Assert.Equal(HttpStatusCode.OK, status);
        var created = body.Data("createSchool");
        Assert.Equal("+37431255555", created["phone"]!.GetValue<string>());
        var id = created["contentItemId"]!.GetValue<string>();
        var (_, read) = await site.Anonymous().GraphQLAsync($$"""{ contentItem(contentItemId: "{{id}}") { displayText } }""");
        Assert.NotNull(read["data"]!["contentItem"]);
    }

    [Fact]
    public async Task Invalid_input_lists_field_errors_and_creates_nothing()
    {
        var editor = await site.UserAsync("gql-editor2", ["Editor"]);
        var title = $"Bad phone school {Guid.NewGuid():n}";

        var (status, body) = await editor.GraphQLAsync(CreateSchool, new { title, phone = "12" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("CONTENT_VALIDATION_FAILED", body.Code());
        Assert.Contains("phone", body["errors"]![0]!["extensions"]!["fields"]!["School.Phone"]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        var (_, list) = await editor.GraphQLAsync($$"""{ school(status: LATEST, where: { displayText: "{{title}}" }) { contentItemId } }""");
        Assert.Empty(list.Data("school").AsArray());
    }

    [Fact]
    public async Task Stale_expected_version_is_a_conflict()
    {
        var editor = await site.UserAsync("gql-editor3", ["Editor"]);
        var (_, created) = await editor.GraphQLAsync(CreateSchool, new { title = $"Conflict school {Guid.NewGuid():n}", phone = "0312 55556" });
        var id = created.Data("createSchool")["contentItemId"]!.GetValue<string>();
        var version = created.Data("createSchool")["contentItemVersionId"]!.GetValue<string>();
        const string Update = "mutation($id: String!, $v: String, $t: String) { updateSchool(contentItemId: $id, expectedVersionId: $v, publish: true, input: { title: $t }) { displayText } }";

        var (_, first) = await editor.GraphQLAsync(Update, new { id, v = version, t = "Renamed once" });
        var (_, second) = await editor.GraphQLAsync(Update, new { id, v = version, t = "Renamed from a stale copy" });

        Assert.Equal("Renamed once", first.Data("updateSchool")["displayText"]!.GetValue<string>());
        Assert.Equal("CONFLICT", second.Code());
        var (_, read) = await editor.GraphQLAsync($$"""{ contentItem(contentItemId: "{{id}}") { displayText } }""");
        Assert.Equal("Renamed once", read.Data("contentItem")["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_mutation_is_401_and_partner_publish_is_403()
    {
        var partner = await site.UserAsync("gql-partner", ["Partner"]);

        var (anonymousStatus, anonymous) = await site.Anonymous().GraphQLAsync(CreateSchool, new { title = "Anonymous school", phone = "0312 55557" });
        var (partnerStatus, partnerBody) = await partner.GraphQLAsync($$"""mutation { unpublishContentItem(contentItemId: "{{Demo.HeravarPlatform}}") { contentItemId } }""");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStatus);
        Assert.Equal("UNAUTHORIZED", anonymous.Code());
        Assert.Equal(HttpStatusCode.Forbidden, partnerStatus);
        Assert.Equal("FORBIDDEN", partnerBody.Code());
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{Demo.HeravarPlatform}")).StatusCode);
    }

    [Fact]
    public async Task Publish_unpublish_and_delete_mutations()
    {
        var editor = await site.UserAsync("gql-editor4", ["Editor"]);
        var (_, created) = await editor.GraphQLAsync(CreateSchool, new { title = $"Lifecycle school {Guid.NewGuid():n}", phone = "0312 55558" });
        var id = created.Data("createSchool")["contentItemId"]!.GetValue<string>();

        var (_, unpublished) = await editor.GraphQLAsync($$"""mutation { unpublishContentItem(contentItemId: "{{id}}") { published } }""");
        var (_, republished) = await editor.GraphQLAsync($$"""mutation { publishContentItem(contentItemId: "{{id}}") { published } }""");
        var (_, deleted) = await editor.GraphQLAsync($$"""mutation { deleteContentItem(contentItemId: "{{id}}") { contentItemId } }""");

        Assert.False(unpublished.Data("unpublishContentItem")["published"]!.GetValue<bool>());
        Assert.True(republished.Data("publishContentItem")["published"]!.GetValue<bool>());
        Assert.Null(deleted["errors"]);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Admin().GetAsync($"/api/content/{id}?version=latest")).StatusCode);
    }

    [Fact]
    public async Task Drafts_and_private_fields_follow_the_callers_rights()
    {
        var editor = await site.UserAsync("gql-editor5", ["Editor"]);
        var staff = await site.UserAsync("gql-staff", ["SchoolStaff"], school: Demo.School203);
        const string Mentor = $$"""{ mentor(where: { contentItemId: "{{Demo.Mentor1}}" }) { email } }""";

        var (_, anonymous) = await site.Anonymous().GraphQLAsync(Mentor);
        var (_, asEditor) = await editor.GraphQLAsync(Mentor);
        var (_, asStaff) = await staff.GraphQLAsync(Mentor);
        var (_, anonymousDrafts) = await site.Anonymous().GraphQLAsync("{ platform(status: DRAFT) { contentItemId } }");

        Assert.Null(anonymous.Data("mentor")[0]!["email"]);
        Assert.Contains("Mentor.email", anonymous["extensions"]!["privateFields"]!["hidden"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.NotNull(asEditor.Data("mentor")[0]!["email"]);
        Assert.NotNull(asStaff.Data("mentor")[0]!["email"]);
        Assert.Empty(anonymousDrafts.Data("platform").AsArray());
    }

    [Fact]
    public async Task Picked_items_remembered_for_anonymous_callers_follow_publishing_and_stay_theirs()
    {
        var admin = site.Admin();
        var editor = await site.UserAsync("gql-editor6", ["Editor"]);
        var round = 0;

        // A new alias each time: the anonymous response cache must not answer, the picked-row cache may.
        async Task<(System.Text.Json.Nodes.JsonArray Providers, int Commands)> ProvidersAsync(HttpClient client)
        {
            var query = $$"""{ p{{++round}}: platform(where: { contentItemId: "{{Demo.HeravarPlatform}}" }) { provider { contentItems { displayText owner } } } }""";
            var response = await client.PostAsync("/api/graphql", new StringContent(new System.Text.Json.Nodes.JsonObject { ["query"] = query }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            var body = await response.ReadObjectAsync();
            Assert.Null(body["errors"]);
            var commands = int.Parse(response.Headers.GetValues("X-EduHub-Sql-Commands").Single(), System.Globalization.CultureInfo.InvariantCulture);
            return (body.Data($"p{round}")[0]!["provider"]!["contentItems"]!.AsArray(), commands);
        }

        var (first, firstCommands) = await ProvidersAsync(site.Anonymous());
        var (second, secondCommands) = await ProvidersAsync(site.Anonymous());
        var (asEditor, _) = await ProvidersAsync(editor);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(firstCommands - 1, secondCommands);
        Assert.Null(Assert.Single(second)!["owner"]);
        Assert.NotNull(Assert.Single(asEditor)!["owner"]);

        try
        {
            var (_, unpublished) = await admin.GraphQLAsync($$"""mutation { unpublishContentItem(contentItemId: "{{Demo.NcetOrganization}}") { published } }""");
            Assert.Null(unpublished["errors"]);
            var (hidden, _) = await ProvidersAsync(site.Anonymous());
            Assert.Empty(hidden);
        }
        finally
        {
            await admin.GraphQLAsync($$"""mutation { publishContentItem(contentItemId: "{{Demo.NcetOrganization}}") { published } }""");
        }

        var (back, _) = await ProvidersAsync(site.Anonymous());
        Assert.Equal(first.ToJsonString(), back.ToJsonString());
    }
}

public sealed class GraphQLMutationSqliteTests(SqliteSite site) : GraphQLMutationTests(site), IClassFixture<SqliteSite>;

public sealed class GraphQLMutationPostgresTests(PostgresSite site) : GraphQLMutationTests(site), IClassFixture<PostgresSite>;
