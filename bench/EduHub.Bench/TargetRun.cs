using EduHub.Web.Cli.Demo;
using static EduHub.Bench.BenchReport;

namespace EduHub.Bench;

/// <summary>All measurements on one database: import with queries at the small and full size, publishing, the create breakdown, the raw baselines.</summary>
internal static class TargetRun
{
    private static readonly TimeSpan AsIsBudget = TimeSpan.FromSeconds(60);

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
        var (engineSmall, rawSmall) = await MeasureQueriesAsync(engine, query, options, report, db, smallItems, "as imported", cancellationToken);

        await import.ImportUntilAsync(options.Items, cancellationToken);
        var (engineLarge, rawLarge) = await MeasureQueriesAsync(engine, query, options, report, db, import.Items, $"statistics from the ANALYZE at {smallItems:N0}", cancellationToken);
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
        var (rawItems, statements, rawElapsed) = await RawImport.RunAsync(rawHost, new DemoDataSet(plan, options.BatchSize), options.Items, prepared: true, cancellationToken);
        var rawRate = rawItems / rawElapsed.TotalSeconds;
        await using var dapperHost = await EngineHost.StartAsync(await target.CreateDatabaseAsync("dapper", cancellationToken), cancellationToken);
        var (dapperItems, _, dapperElapsed) = await RawImport.RunAsync(dapperHost, new DemoDataSet(plan, options.BatchSize), options.Items, prepared: false, cancellationToken);

        report.Add(db, $"Import {import.Items:N0} items (items/s)", Rate(import.ItemsPerSecond), Rate(rawRate), Times(rawRate / import.ItemsPerSecond) + " slower");
        report.Add(db, "  same rows via Dapper, a new command per statement (items/s)", "", Rate(dapperItems / dapperElapsed.TotalSeconds),
            Times(rawRate / (dapperItems / dapperElapsed.TotalSeconds)) + " slower than prepared");
        report.Add(db, $"Publish {drafts.Count:N0} drafts (items/s)", Rate(drafts.Count / enginePublish.TotalSeconds), Rate(rawDrafts.Count / rawPublish.TotalSeconds),
            Times(rawPublish.TotalSeconds > 0 ? enginePublish.TotalSeconds / rawPublish.TotalSeconds * rawDrafts.Count / drafts.Count : 0) + " slower");
        report.Add(db, $"Query p50 at {import.Items:N0} / at {smallItems:N0}, after ANALYZE (goal ≤ 2×)", Times(engineLarge.P50 / engineSmall.P50), Times(rawLarge.P50 / rawSmall.P50), "");
        report.Note($"{db}: load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end (the machine is shared; {Environment.ProcessorCount} CPUs).");
        report.Note($"{db}: raw import wrote {statements / (double)rawItems:N1} rows per item ({statements:N0} statements in {rawElapsed.TotalSeconds:N1} s, "
            + $"{rawElapsed.TotalMicroseconds / statements:N1} µs each); engine import took {import.Elapsed.TotalSeconds:N1} s; database {databaseBytes / 1_048_576.0:N0} MB at {import.Items:N0} items.");
        report.Note($"{db}: a create, step by step (µs per item over {options.BreakdownItems:N0} items): "
            + string.Join("; ", stages.Select(s => $"{s.Stage} {s.MicrosecondsPerItem:N0}")) + $"; sum of the steps {stages.Where(s => !s.Stage.StartsWith('=')).Sum(s => s.MicrosecondsPerItem):N0} "
            + $"vs {1_000_000 / import.ItemsPerSecond:N0} per CreateAsync in the import.");
    }

    /// <summary>
    /// The page query as the engine leaves the database (time-boxed: without statistics the plan can take seconds),
    /// then after ANALYZE. The second measurement is the one compared across sizes.
    /// </summary>
    private static async Task<(Timings Engine, Timings Raw)> MeasureQueriesAsync(
        EngineHost engine, SchoolQuery query, BenchOptions options, BenchReport report, string db, int items, string state, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  querying at {items:N0} items, {state} (at most {AsIsBudget.TotalSeconds:N0} s)");
        var (engineAsIs, rawAsIs) = await QueryBench.RunAsync(engine, query, options.Warmup, options.Runs, AsIsBudget, cancellationToken);
        AddQuery(report, db, $"School page query at {items:N0} items, {state}", engineAsIs, rawAsIs);
        var analyze = await Statistics.AnalyzeAsync(engine.Database, cancellationToken);
        Console.WriteLine($"  ANALYZE took {analyze.TotalMilliseconds:N0} ms; querying again");
        var (engineAnalyzed, rawAnalyzed) = await QueryBench.RunAsync(engine, query, options.Warmup, options.Runs, TimeSpan.FromMinutes(10), cancellationToken);
        AddQuery(report, db, $"School page query at {items:N0} items, after ANALYZE ({analyze.TotalMilliseconds:N0} ms)", engineAnalyzed, rawAnalyzed);
        return (engineAnalyzed, rawAnalyzed);
    }

    private static void AddQuery(BenchReport report, string db, string measure, Timings engine, Timings raw) =>
        report.Add(db, $"{measure} (p50 / p99, {engine.Count} runs)", $"{Ms(engine.P50)} / {Ms(engine.P99)}",
            $"{Ms(raw.P50)} / {Ms(raw.P99)}", Times(engine.P50 / raw.P50) + " (p50)");
}
