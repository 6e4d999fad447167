using System.Data;
using System.Diagnostics;
using Dapper;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Security;
using EduHub.Web.Cli.Demo;

namespace EduHub.Bench;

/// <summary>Publishing drafts: ContentManager.PublishAsync per item next to one raw UPDATE per item, 1,000 per transaction.</summary>
internal static class PublishBench
{
    /// <returns>The ids of <paramref name="count"/> new School drafts (the generator's schools, saved unpublished).</returns>
    public static async Task<List<string>> CreateDraftsAsync(EngineHost host, int count, int seed, int batchSize, CancellationToken cancellationToken)
    {
        var batches = new DemoDataSet(new DemoPlan(0, 0, count, 0, seed), batchSize).Batches().ToList();
        await new DemoImporter(host.Services.GetRequiredService<IServiceScopeFactory>()).ImportAsync(batches, publish: false, progress: null, cancellationToken);
        return batches.SelectMany(b => b.Items).Select(i => i.ContentItemId).ToList();
    }

    public static async Task<TimeSpan> EngineAsync(EngineHost host, IReadOnlyList<string> ids, int batchSize, CancellationToken cancellationToken)
    {
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        var watch = Stopwatch.StartNew();
        foreach (var chunk in ids.Chunk(batchSize))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            await scope.ServiceProvider.GetRequiredService<DbSessionScope>().RunAsync(async _ =>
            {
                foreach (var id in chunk)
                {
                    var result = await manager.PublishAsync(id, cancellationToken);
                    if (!result.Succeeded)
                    {
                        throw new InvalidOperationException($"Publishing {id} failed: {result.Status} {result.Message}");
                    }
                }
            }, cancellationToken);
        }

        return watch.Elapsed;
    }

    public static async Task<TimeSpan> RawAsync(EngineHost host, IReadOnlyList<string> ids, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await host.Database.OpenAsync(cancellationToken);
        var rowIds = new List<long>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            rowIds.AddRange(await connection.QueryAsync<long>(
                $"SELECT Id FROM ContentItemIndex WHERE Latest = TRUE AND {host.Database.Dialect.In("ContentItemId", "@chunk")}", new { chunk }));
        }

        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var watch = Stopwatch.StartNew();
        foreach (var chunk in rowIds.Chunk(batchSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var update = RawSql.Prepare(connection, transaction,
                "UPDATE ContentItemIndex SET Published = TRUE, PublishedUtc = @now WHERE Id = @id", ("now", DbType.DateTime), ("id", DbType.Int64));
            foreach (var id in chunk)
            {
                await RawSql.ExecuteAsync(update, cancellationToken, now, id);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return watch.Elapsed;
    }
}
