using System.Diagnostics;
using EduHub.Core.Data.Queries;

namespace EduHub.Bench;

/// <summary>p50/p99 of the school page through ContentQueryService (a fresh DI scope per run, as per request) and by hand.</summary>
internal static class QueryBench
{
    /// <param name="budget">Stop early (after at least 3 timed runs each) once this much time went by: a bad plan can take seconds per query.</param>
    public static async Task<(Timings Engine, Timings Raw)> RunAsync(EngineHost host, SchoolQuery query, int warmup, int runs, TimeSpan budget, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        await using var connection = await host.Database.OpenAsync(cancellationToken);
        var engineIds = await EngineAsync(scopes, query, cancellationToken);
        var rawIds = await query.RawAsync(connection, cancellationToken);
        if (!engineIds.SequenceEqual(rawIds))
        {
            throw new InvalidOperationException($"The hand-written SQL returned another page than the engine ({rawIds.Count} vs {engineIds.Count} items).");
        }

        var (engine, raw) = (new Timings(), new Timings());
        warmup = started.Elapsed > budget / 10 ? 0 : warmup;
        for (var run = 0; run < warmup + runs && (started.Elapsed < budget || run < warmup + 3); run++)
        {
            // Alternate which goes first so that neither always runs on a warmer cache.
            for (var turn = 0; turn < 2; turn++)
            {
                var watch = Stopwatch.StartNew();
                if ((run + turn) % 2 == 0)
                {
                    await EngineAsync(scopes, query, cancellationToken);
                    if (run >= warmup)
                    {
                        engine.Add(watch.Elapsed);
                    }
                }
                else
                {
                    await query.RawAsync(connection, cancellationToken);
                    if (run >= warmup)
                    {
                        raw.Add(watch.Elapsed);
                    }
                }
            }
        }

        return (engine, raw);
    }

    private static async Task<List<string>> EngineAsync(IServiceScopeFactory scopes, SchoolQuery query, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<ContentQueryService>().QueryAsync(query.Engine, cancellationToken);
        return page.Items.Select(i => i.ContentItemId).ToList();
    }
}
