using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Data.Queries;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Queries;

/// <summary>
/// SQLite read connections stay open in a pool for the life of the site. Microsoft.Data.Sqlite keeps every command a
/// connection created in a list until it closes, and each later command's disposal (two per read session: BEGIN and
/// ROLLBACK) scans that list. A command left undisposed therefore made every later read a little slower, forever:
/// Dapper's reader disposes its command in <c>Dispose()</c> but not in <c>DisposeAsync()</c>, and the lookup of an
/// item's versions disposed it the asynchronous way (after 30 s of by-id queries, 40 % of a request went to the scan).
/// </summary>
public sealed class ReadConnectionCommandTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Reading_items_by_id_leaves_no_commands_behind_on_the_pooled_connections()
    {
        var id = await RecipeRunner.AsSystemAsync(site.Services, async sp =>
            (await sp.GetRequiredService<ContentQueryService>().QueryAsync(new ContentQuery { ContentTypes = ["Platform"], Take = 1 })).Items[0].ContentItemId);
        await ReadAsync(id, times: 20);
        var before = CommandsKept();

        await ReadAsync(id, times: 300);

        // The same few statements each time: what a connection keeps must not grow with the number of reads.
        Assert.InRange(CommandsKept() - before, 0, 10);
    }

    private async Task ReadAsync(string id, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var item = await RecipeRunner.AsSystemAsync(site.Services, sp => sp.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
            Assert.NotNull(item);
        }
    }

    /// <summary>The commands the pool's idle connections still list (Microsoft.Data.Sqlite's own bookkeeping, read by reflection).</summary>
    private int CommandsKept()
    {
        var database = site.Services.GetRequiredService<Database>();
        var idle = (ConcurrentBag<SqliteReadConnection>)typeof(Database).GetField("_idleReaders", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(database)!;
        var commands = typeof(SqliteConnection).GetField("_commands", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("Microsoft.Data.Sqlite no longer lists its commands in '_commands': check this test against its source.");
        Assert.NotEmpty(idle);
        return idle.Sum(reader => ((ICollection)commands.GetValue(reader.Connection)!).Count);
    }
}
