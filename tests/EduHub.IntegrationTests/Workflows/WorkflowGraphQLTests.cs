using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Workflows;

/// <summary>myTasks, completeTask and reviewHistory over GraphQL: same rules as REST, never cached.</summary>
public abstract class WorkflowGraphQLTests(EduHubSite site)
{
    [Fact]
    public async Task Editor_sees_and_decides_a_task_and_partner_reads_the_history()
    {
        var organization = await WorkflowTestKit.OrganizationAsync(site, $"GraphQL partner {Guid.NewGuid():n}");
        var partner = await site.UserAsync("gql-partner", ["Partner"], organization: organization);
        var other = await site.UserAsync("gql-other-partner", ["Partner"], organization: await WorkflowTestKit.OrganizationAsync(site, $"Other partner {Guid.NewGuid():n}"));
        var editor = await site.UserAsync("gql-editor", ["Editor"]);
        var created = await (await partner.PostJsonAsync("/api/content?draft=true", WorkflowTestKit.Listing($"GraphQL listing {Guid.NewGuid():n}", organization))).ReadObjectAsync();
        var id = created["ContentItemId"]!.GetValue<string>();
        await partner.PostEmptyAsync($"/api/workflows/content/{id}/submit");

        var (_, tasks) = await editor.GraphQLAsync("{ myTasks { id contentItemId actions dueUtc } }");
        var task = tasks.Data("myTasks").AsArray().Single(t => t!["contentItemId"]!.GetValue<string>() == id)!;
        var (_, partnerTasks) = await partner.GraphQLAsync("{ myTasks { id } }");
        Assert.Empty(partnerTasks.Data("myTasks").AsArray());
        var (anonymousStatus, anonymous) = await site.Anonymous().GraphQLAsync("{ myTasks { id } }");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStatus);
        Assert.Equal("UNAUTHORIZED", anonymous.Code());

        var (badStatus, bad) = await editor.GraphQLAsync("mutation($id: String!) { completeTask(id: $id, action: \"delete\") { id } }", new { id = task["id"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Equal("BAD_QUERY", bad.Code());
        var (forbiddenStatus, forbidden) = await partner.GraphQLAsync("mutation($id: String!) { completeTask(id: $id, action: \"approve\") { id } }", new { id = task["id"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenStatus);
        Assert.Equal("FORBIDDEN", forbidden.Code());
        var (_, done) = await editor.GraphQLAsync("mutation($id: String!) { completeTask(id: $id, action: \"approve\", comment: \"Fine\") { status completedAction completedBy } }", new { id = task["id"]!.GetValue<string>() });
        Assert.Equal("Completed", done.Data("completeTask")["status"]!.GetValue<string>());
        var (_, again) = await editor.GraphQLAsync("mutation($id: String!) { completeTask(id: $id, action: \"approve\") { id } }", new { id = task["id"]!.GetValue<string>() });
        Assert.Equal("CONFLICT", again.Code());

        var query = "query($id: String!) { reviewHistory(contentItemId: $id) { state steps { action userName fromState toState comment } } }";
        var (_, history) = await partner.GraphQLAsync(query, new { id });
        Assert.Equal("published", history.Data("reviewHistory")["state"]!.GetValue<string>());
        Assert.Equal("Fine", history.Data("reviewHistory")["steps"]!.AsArray().Last()!["comment"]!.GetValue<string>());
        var (_, foreign) = await other.GraphQLAsync(query, new { id });
        Assert.Null(foreign["data"]!["reviewHistory"]);
    }
}

public sealed class WorkflowGraphQLSqliteTests(WorkflowSqliteSite site) : WorkflowGraphQLTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class WorkflowGraphQLPostgresTests(WorkflowPostgresSite site) : WorkflowGraphQLTests(site), IClassFixture<WorkflowPostgresSite>;
