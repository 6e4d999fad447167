using EduHub.Core.Data;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EduHub.IntegrationTests.Admin.VersionsContent;

namespace EduHub.IntegrationTests.Admin;

public abstract class AuditLogReaderTests(EduHubSite site)
{
    private Task<AuditPage> QueryAsync(AuditQuery query) => site.Services.GetRequiredService<AuditLogReader>().QueryAsync(query, CancellationToken.None);

    [Fact]
    public async Task QueryAsync_EveryFilter_NarrowsTheEntries()
    {
        var v1 = await PublishedPlatformAsync(site, "Reader platform");
        await DraftAsync(site, v1.ContentItemId, item => SetText(item, "Summary", "Reader change."));

        var item = await QueryAsync(new AuditQuery { ContentItemId = v1.ContentItemId });
        var updated = await QueryAsync(new AuditQuery { ContentItemId = v1.ContentItemId, Action = "Updated", UserName = "system", ContentType = "Platform" });
        var otherType = await QueryAsync(new AuditQuery { ContentItemId = v1.ContentItemId, ContentType = "School" });
        var otherUser = await QueryAsync(new AuditQuery { ContentItemId = v1.ContentItemId, UserName = "admin" });

        Assert.Equal(2, item.Total);
        Assert.Equal(["Updated", "Created"], item.Entries.Select(e => e.Action));
        Assert.Equal(1, updated.Total);
        Assert.Equal(v1.ContentItemVersionId, updated.Entries.Single().FromVersionId);
        Assert.Equal(0, otherType.Total);
        Assert.Equal(0, otherUser.Total);
    }

    [Fact]
    public async Task QueryAsync_DateRange_IncludesTheStartAndExcludesTheEnd()
    {
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var v1 = await PublishedPlatformAsync(site, "Dated platform");

        var from = await QueryAsync(new AuditQuery { ContentItemId = v1.ContentItemId, FromUtc = now, ToUtc = now.AddSeconds(1) });
        var before = await QueryAsync(new AuditQuery { ContentItemId = v1.ContentItemId, ToUtc = now });
        var after = await QueryAsync(new AuditQuery { ContentItemId = v1.ContentItemId, FromUtc = now.AddSeconds(1) });

        Assert.Equal((1, 0, 0), (from.Total, before.Total, after.Total));
    }

    [Fact]
    public async Task QueryAsync_Pages_NewestFirstWithTheTotal()
    {
        var v1 = await PublishedPlatformAsync(site, "Paged reader platform");
        for (var i = 0; i < 6; i++)
        {
            await DraftAsync(site, v1.ContentItemId, item => SetText(item, "Summary", $"Reader change {i}."));
        }

        var all = await QueryAsync(new AuditQuery { ContentItemId = v1.ContentItemId, Take = int.MaxValue });
        var page = await QueryAsync(new AuditQuery { ContentItemId = v1.ContentItemId, Skip = 2, Take = 3 });
        var everything = await QueryAsync(new AuditQuery { Take = int.MaxValue });

        Assert.Equal(7, all.Total);
        Assert.Equal(all.Total, page.Total);
        Assert.Equal(all.Entries.Skip(2).Take(3).Select(e => e.Id), page.Entries.Select(e => e.Id));
        Assert.Equal(all.Entries.Select(e => e.Id).OrderDescending(), all.Entries.Select(e => e.Id));
        Assert.Equal(Math.Min(everything.Total, AuditLogReader.MaxPageSize), everything.Entries.Count);
    }
}

public sealed class AuditLogReaderSqliteTests(SqliteSite site) : AuditLogReaderTests(site), IClassFixture<SqliteSite>;

public sealed class AuditLogReaderPostgresTests(PostgresSite site) : AuditLogReaderTests(site), IClassFixture<PostgresSite>;
