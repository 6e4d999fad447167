using System.Collections.Concurrent;
using System.Net;
using EduHub.Core.Contents.Handlers;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Contents;

/// <summary>Handlers see every change from every entry point, may cancel publishing, and "...ed" events follow the commit.</summary>
public abstract class PipelineTests(EduHubSite site)
{
    [Fact]
    public async Task A_handler_can_cancel_publishing_with_a_reason_and_nothing_is_written()
    {
        var events = new ConcurrentQueue<string>();
        await using var host = site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IContentHandler>(new RecordingHandler(events))));
        var admin = site.Admin();
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        var title = $"Embargoed {Guid.NewGuid():n}";

        var response = await client.PostJsonAsync("/api/content", Items.School(title));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("embargo", (await response.ReadObjectAsync())["detail"]!.GetValue<string>());
        var list = await (await admin.GetAsync($"/api/content?type=School&status=latest&filter=DisplayText:eq:{Uri.EscapeDataString(title)}&total=true")).ReadObjectAsync();
        Assert.Equal(0, list["total"]!.GetValue<long>());
        Assert.DoesNotContain(events, e => e.StartsWith("Created", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handlers_see_the_events_of_a_save_in_order()
    {
        var events = new ConcurrentQueue<string>();
        await using var host = site.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IContentHandler>(new RecordingHandler(events))));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = site.Admin().DefaultRequestHeaders.Authorization;

        var created = await (await client.PostJsonAsync("/api/content", Items.School($"Observed {Guid.NewGuid():n}"))).ReadObjectAsync();
        created["TitlePart"]!["Title"] = "Observed, renamed";
        await client.PostJsonAsync("/api/content?draft=true", created);

        Assert.Equal(["Validating", "Creating", "Publishing", "Created", "Published", "Validating", "Updating", "Updated", "Versioned"], events);
    }

    private sealed class RecordingHandler(ConcurrentQueue<string> events) : IContentHandler
    {
        public Task ValidatingAsync(ValidateContentContext context, CancellationToken cancellationToken) => Record("Validating");

        public Task CreatingAsync(ContentContext context, CancellationToken cancellationToken) => Record("Creating");

        public Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Created");

        public Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken) => Record("Updating");

        public Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Updated");

        public Task VersionedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Versioned");

        public Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Record("Published");

        public Task PublishingAsync(PublishContentContext context, CancellationToken cancellationToken)
        {
            if (context.Item.DisplayText?.StartsWith("Embargoed", StringComparison.Ordinal) == true)
            {
                context.Cancel("This school is under embargo until the ministry announces it.");
            }

            return Record("Publishing");
        }

        private Task Record(string name)
        {
            events.Enqueue(name);
            return Task.CompletedTask;
        }
    }
}

public sealed class PipelineSqliteTests(SqliteSite site) : PipelineTests(site), IClassFixture<SqliteSite>;

public sealed class PipelinePostgresTests(PostgresSite site) : PipelineTests(site), IClassFixture<PostgresSite>;
