using System.Net;
using System.Text.Json.Nodes;
using EduHub.Core.Contents.Scheduling;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Hosting;

/// <summary>The host over a real database: readiness, restarts, scheduled publishing, concurrent writers.</summary>
public abstract class HostTests(EduHubSite site)
{
    [Fact]
    public async Task Health_reports_the_database()
    {
        var response = await site.Anonymous().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadObjectAsync();
        Assert.Equal("Healthy", json["status"]!.GetValue<string>());
        Assert.Contains(site.Provider, json["checks"]!["database"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_restart_reuses_the_data_and_does_not_set_up_again()
    {
        var before = await StoreState.ReadAsync(site.Services);

        await using var restarted = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()));
        var client = restarted.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/content/{Demo.School187}")).StatusCode);
        Assert.Equal(before, await StoreState.ReadAsync(restarted.Services));
    }

    [Fact]
    public async Task A_feature_disabled_in_configuration_is_not_loaded()
    {
        await using var node = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), new Dictionary<string, string?> { ["EduHub:DisabledFeatures:0"] = "EduHub.Safety" });
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = site.Admin().DefaultRequestHeaders.Authorization;
        var guide = await (await client.GetAsync($"/api/content/{Demo.ChildrenGuide}")).ReadObjectAsync();
        guide["SafetyGuide"]!["AgeMin"] = new JsonObject { ["Value"] = 17 };
        guide["SafetyGuide"]!["AgeMax"] = new JsonObject { ["Value"] = 3 };

        var response = await client.PostJsonAsync("/api/content?draft=true", guide);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(node.Services.GetRequiredService<EduHub.Core.Modules.ModuleCatalog>().Modules, m => m.Manifest.Id == "EduHub.Safety");
        Assert.Contains(site.Services.GetRequiredService<EduHub.Core.Modules.ModuleCatalog>().Modules, m => m.Manifest.Id == "EduHub.Safety");
    }

    [Fact]
    public async Task Scheduled_draft_is_published_when_due_and_not_before()
    {
        var due = site.Clock.GetUtcNow().AddHours(2);
        var announcement = new JsonObject
        {
            ["ContentType"] = "Announcement",
            ["TitlePart"] = new JsonObject { ["Title"] = $"Scheduled {Guid.NewGuid():n}" },
            ["Announcement"] = new JsonObject { ["Date"] = new JsonObject { ["Value"] = "2026-12-01" } },
            ["PublishLaterPart"] = new JsonObject { ["ScheduledPublishUtc"] = due.ToString("O") },
        };
        var id = (await (await site.Admin().PostJsonAsync("/api/content?draft=true", announcement)).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        var publisher = site.Services.GetRequiredService<ScheduledPublisher>();

        await publisher.PublishDueAsync(CancellationToken.None);
        var early = await site.Anonymous().GetAsync($"/api/content/{id}");
        site.Clock.Advance(TimeSpan.FromHours(3));

        // Advancing the fake clock also wakes the background worker; whichever runs first publishes, once.
        await publisher.PublishDueAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        var audit = await (await site.Admin().GetAsync($"/api/audit?contentItemId={id}")).ReadArrayAsync();
        Assert.Single(audit, a => a!["action"]!.GetValue<string>() == "Published");
    }

    [Fact]
    public async Task Concurrent_updates_of_one_version_let_exactly_one_through()
    {
        var admin = site.Admin();
        var original = await (await admin.PostJsonAsync("/api/content", Items.School($"Race school {Guid.NewGuid():n}"))).ReadObjectAsync();
        var id = original["ContentItemId"]!.GetValue<string>();

        var attempts = Enumerable.Range(0, 6).Select(n =>
        {
            var change = original.DeepClone().AsObject();
            change["TitlePart"]!["Title"] = $"Race winner {n}";
            return site.Admin().PostJsonAsync("/api/content", change);
        }).ToList();
        var responses = await Task.WhenAll(attempts);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(2, (await (await admin.GetAsync($"/api/content/{id}/versions")).ReadArrayAsync()).Count);
    }
}

public sealed class HostSqliteTests(SqliteSite site) : HostTests(site), IClassFixture<SqliteSite>;

public sealed class HostPostgresTests(PostgresSite site) : HostTests(site), IClassFixture<PostgresSite>;
