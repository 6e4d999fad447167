using EduHub.Web.Cli.Demo;
using static EduHub.Bench.BenchReport;

namespace EduHub.Bench;

/// <summary>All measurements on one database: import with queries at the small and full size, publishing, the create breakdown, the raw baselines.</summary>
internal static class TargetRun
{
    public static async Task RunAsync(BenchTarget target, BenchOptions options, BenchReport report, CancellationToken cancellationToken)
    {
        var db = target.Name;
        Console.WriteLine($"== {db}: importing {options.Items:N0} items through ContentManager ({options.BatchSize:N0} per transaction)");
        await using var engine = await EngineHost.StartAsync(await target.CreateDatabaseAsync("engine", cancellationToken), cancellationToken);
        var plan = DemoPlan.ForItems(options.Items, options.Seed);
        var query = new SchoolQuery(DemoPlaces.Regions[0].TermId, engine.Database.Dialect);
        using var import = new EngineImport(engine, new DemoDataSet(plan, options.BatchSize));

        await import.ImportUntilAsync(options.SmallItems, cancellationToken);
        var smallItems = import.Items;
        Console.WriteLine($"  querying at {smallItems:N0} items ({options.Runs} runs after {options.Warmup} warm-up runs)");
        var (engineSmall, rawSmall) = await QueryBench.RunAsync(engine, query, options.Warmup, options.Runs, cancellationToken);

        await import.ImportUntilAsync(options.Items, cancellationToken);
        Console.WriteLine($"  querying at {import.Items:N0} items");
        var (engineLarge, rawLarge) = await QueryBench.RunAsync(engine, query, options.Warmup, options.Runs, cancellationToken);
        var databaseBytes = await engine.DatabaseBytesAsync(cancellationToken);

        Console.WriteLine($"  timing the steps of a create on {options.BreakdownItems:N0} more items (rolled back)");
        var stages = await StageBreakdown.RunAsync(engine, options.BreakdownItems, options.Seed + 1, cancellationToken);

        Console.WriteLine($"  publishing {options.PublishItems:N0} drafts");
        var drafts = await PublishBench.CreateDraftsAsync(engine, options.PublishItems, options.Seed + 2, options.BatchSize, cancellationToken);
        var enginePublish = await PublishBench.EngineAsync(engine, drafts, options.BatchSize, cancellationToken);
        var rawDrafts = await PublishBench.CreateDraftsAsync(engine, options.PublishItems, options.Seed + 3, options.BatchSize, cancellationToken);
        var rawPublish = await PublishBench.RawAsync(engine, rawDrafts, options.BatchSize, cancellationToken);

        Console.WriteLine($"  raw-SQL import baseline into a second database");
        await using var rawHost = await EngineHost.StartAsync(await target.CreateDatabaseAsync("raw", cancellationToken), cancellationToken);
        var (rawItems, statements, rawElapsed) = await RawImport.RunAsync(rawHost, new DemoDataSet(plan, options.BatchSize), options.Items, cancellationToken);
        var rawRate = rawItems / rawElapsed.TotalSeconds;

        report.Add(db, $"Import {import.Items:N0} items (items/s)", Rate(import.ItemsPerSecond), Rate(rawRate), Times(rawRate / import.ItemsPerSecond) + " slower");
        report.Add(db, $"Publish {drafts.Count:N0} drafts (items/s)", Rate(drafts.Count / enginePublish.TotalSeconds), Rate(rawDrafts.Count / rawPublish.TotalSeconds),
            Times(rawPublish.TotalSeconds > 0 ? enginePublish.TotalSeconds / rawPublish.TotalSeconds * rawDrafts.Count / drafts.Count : 0) + " slower");
        AddQuery(report, db, smallItems, engineSmall, rawSmall);
        AddQuery(report, db, import.Items, engineLarge, rawLarge);
        report.Add(db, $"Query p50 at {import.Items:N0} / at {smallItems:N0} (goal ≤ 2×)", Times(engineLarge.P50 / engineSmall.P50), Times(rawLarge.P50 / rawSmall.P50), "");
        report.Note($"{db}: raw import wrote {statements / (double)rawItems:N1} rows per item ({statements:N0} statements in {rawElapsed.TotalSeconds:N1} s, "
            + $"{rawElapsed.TotalMicroseconds / statements:N1} µs each); engine import took {import.Elapsed.TotalSeconds:N1} s; database {databaseBytes / 1_048_576.0:N0} MB at {import.Items:N0} items.");
        report.Note($"{db}: a create, step by step (µs per item over {options.BreakdownItems:N0} items): "
            + string.Join("; ", stages.Select(s => $"{s.Stage} {s.MicrosecondsPerItem:N0}")) + $"; all steps {stages.Sum(s => s.MicrosecondsPerItem):N0} "
            + $"vs {1_000_000 / import.ItemsPerSecond:N0} per CreateAsync in the import.");
    }

    private static void AddQuery(BenchReport report, string db, int items, Timings engine, Timings raw) =>
        report.Add(db, $"School page query at {items:N0} items (p50 / p99, {engine.Count} runs)", $"{Ms(engine.P50)} / {Ms(engine.P99)}",
            $"{Ms(raw.P50)} / {Ms(raw.P99)}", Times(engine.P50 / raw.P50) + " (p50)");
}
