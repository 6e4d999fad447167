using System.Net;
using System.Text.Json.Nodes;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Workflows;

/// <summary>A partner organisation applies publicly; an editor approves (organisation published, account active) or rejects.</summary>
public abstract class PartnerSignUpTests(EduHubSite site)
{
    [Fact]
    public async Task Sign_up_then_approval_publishes_the_organisation_and_activates_the_account()
    {
        var (name, userName) = Names("approved");
        var editor = await site.UserAsync("signup-editor", ["Editor"]);

        var response = await site.Anonymous().PostJsonAsync("/api/partners/signup", Application(name, userName));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.As(userName).GetAsync("/api/workflows/notifications")).StatusCode);
        var task = await TaskAsync(editor, name);
        var organization = task["contentItemId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{organization}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "approve")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{organization}")).StatusCode);
        var partner = site.As(userName);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/api/workflows/notifications")).StatusCode);
        Assert.Contains($"{userName}@example.org", Assert.Single(WorkflowTestKit.Mails(site, "Welcome to EduHub: " + name)).To.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await partner.PostJsonAsync("/api/content?draft=true", WorkflowTestKit.Listing($"First listing of {name}", organization))).StatusCode);
        Assert.Equal("published", (await WorkflowTestKit.HistoryAsync(partner, organization))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rejection_says_why_and_the_account_stays_inactive()
    {
        var (name, userName) = Names("rejected");
        var editor = await site.UserAsync("signup-editor-2", ["Editor"]);
        await site.Anonymous().PostJsonAsync("/api/partners/signup", Application(name, userName));
        var task = await TaskAsync(editor, name);

        Assert.Equal(HttpStatusCode.BadRequest, (await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "reject")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WorkflowTestKit.CompleteAsync(editor, task["id"]!.GetValue<string>(), "reject", "We could not verify the organisation.")).StatusCode);

        Assert.Contains("We could not verify the organisation.", Assert.Single(WorkflowTestKit.Mails(site, "Partner application not accepted: " + name)).TextBody ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.As(userName).GetAsync("/api/workflows/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{task["contentItemId"]}")).StatusCode);
    }

    [Fact]
    public async Task Honeypot_answers_like_a_success_and_creates_nothing()
    {
        var (name, userName) = Names("bot");
        var application = Application(name, userName);
        application["homepage"] = "https://spam.example";

        var response = await site.Anonymous().PostJsonAsync("/api/partners/signup", application);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Null(await FindUserAsync(userName));
        Assert.DoesNotContain(await (await site.Admin().GetAsync("/api/workflows/tasks")).ReadArrayAsync(), t => t!["title"]!.GetValue<string>().Contains(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("website", "http://insecure.example.am")]
    [InlineData("kind", "pirate-ship")]
    [InlineData("name", "")]
    public async Task Invalid_application_is_refused_and_creates_nothing(string field, string value)
    {
        var (name, userName) = Names("invalid-" + field);
        var application = Application(name, userName);
        application["organization"]![field] = value;

        var response = await site.Anonymous().PostJsonAsync("/api/partners/signup", application);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await FindUserAsync(userName));
    }

    [Fact]
    public async Task Too_many_applications_from_one_address_are_refused()
    {
        await using var host = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), new Dictionary<string, string?> { ["EduHub:Partners:SignUpsPerHour"] = "2" });
        var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var application = Application($"Limited {i} {Guid.NewGuid():n}", $"limited-{i}-{Guid.NewGuid():n}"[..20]);
            application["homepage"] = "bot";
            statuses.Add((await client.PostJsonAsync("/api/partners/signup", application)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, (HttpStatusCode)429], statuses);
    }

    private static (string Name, string UserName) Names(string kind) => ($"Applicant {kind} {Guid.NewGuid():n}", $"applicant-{kind}-{Guid.NewGuid():n}"[..30]);

    private static JsonObject Application(string name, string userName) => new()
    {
        ["organization"] = new JsonObject
        {
            ["name"] = name,
            ["kind"] = "ngo",
            ["website"] = $"https://{Guid.NewGuid():n}.example.am",
            ["email"] = "contact@example.am",
            ["culture"] = "en",
        },
        ["user"] = new JsonObject { ["userName"] = userName, ["email"] = $"{userName}@example.org", ["password"] = EduHubSite.UserPassword },
    };

    private static async Task<JsonObject> TaskAsync(HttpClient editor, string name)
    {
        var tasks = await (await editor.GetAsync("/api/workflows/tasks")).ReadArrayAsync();
        return (JsonObject)tasks.Single(t => t!["title"]!.GetValue<string>().Contains(name, StringComparison.Ordinal))!;
    }

    private async Task<EduHubUser?> FindUserAsync(string userName)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>().FindByNameAsync(userName);
    }
}

public sealed class PartnerSignUpSqliteTests(WorkflowSqliteSite site) : PartnerSignUpTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class PartnerSignUpPostgresTests(WorkflowPostgresSite site) : PartnerSignUpTests(site), IClassFixture<WorkflowPostgresSite>;
