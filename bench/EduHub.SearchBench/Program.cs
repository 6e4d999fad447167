using System.Diagnostics;
using System.Globalization;
using EduHub.SearchBench;

// dotnet run -c Release --project bench/EduHub.SearchBench -- [--sizes 10000,100000] [--queries 300] [--rounds 5] [--warmup 100] [--seed 7] [--keep-indexes DIR] [--profile CASE,CASE [--profile-seconds 10] [--profile-threads 1]]
var sizes = Option("--sizes", "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
var queries = int.Parse(Option("--queries", "300"), CultureInfo.InvariantCulture);
var rounds = int.Parse(Option("--rounds", "5"), CultureInfo.InvariantCulture);
var warmup = int.Parse(Option("--warmup", "100"), CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed", "7"), CultureInfo.InvariantCulture);
Variant[] timed = [Variant.Ours, Variant.Raw, Variant.Narrow];

Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}; seed {seed}; load average at start {LoadAverage()}.");
Console.WriteLine($"{rounds} rounds × {queries} timed runs per query, variant and size, after {warmup} warm-up runs of each; within a round ours / raw / narrow on every index");
Console.WriteLine("alternate run by run (forward, then backward); a full blocking GC before each round, none forced during one. Figures: median of the per-round values [min–max over rounds].");
Console.WriteLine();

var keepIndexes = Option("--keep-indexes", "") is { Length: > 0 } keepIn ? Directory.CreateDirectory(keepIn).FullName : null;
var indexes = sizes.Select(size => BenchIndex.Build(size, seed, keepIndexes)).ToList();
Console.Error.WriteLine($"indexed: {string.Join(", ", indexes.Select(i => (i.Rate is { } rate ? $"{i.Size:N0} at {rate:N0} items/s" : $"{i.Size:N0} reused from --keep-indexes")))}");
Console.WriteLine($"Indexes built as the product's rebuild builds them (LuceneIndex, SearchIndexWriterSettings): {string.Join(", ", indexes.Select(i => $"{i.Size:N0} items in {i.Segments} segment{(i.Segments == 1 ? "" : "s")} ({i.Bytes / 1048576.0:N1} MB)"))}.");
Console.WriteLine();
var slots = BenchCase.All.Select(c => indexes.Select(i => new BenchQueries(c, i)).ToList()).ToList();
if (Option("--profile", "") is { Length: > 0 } profiled)
{
    ProfileLoop.Run(slots.SelectMany(s => s).ToList(), profiled, double.Parse(Option("--profile-seconds", "10"), CultureInfo.InvariantCulture), int.Parse(Option("--profile-threads", "1"), CultureInfo.InvariantCulture));
    return 0;
}

foreach (var query in slots.SelectMany(s => s))
{
    if (query.Mismatch() is { } mismatch)
    {
        Console.Error.WriteLine($"MISMATCH {query.Case.Name} at {query.Index.Size:N0}: {mismatch}");
    }
}

// Warm-up: JIT, the OS page cache, our per-segment caches (filter bit sets, facet ordinals) and Lucene's own, on every index.
foreach (var group in slots)
{
    for (var i = 0; i < warmup; i++)
    {
        foreach (var query in group)
        {
            foreach (var variant in timed)
            {
                query.Run(variant);
            }
        }
    }
}

var allocations = AllocationsPerQuery(slots.SelectMany(s => s), runs: 50);

// (case, size, variant) → per-round p50 and p99.
var p50 = new Dictionary<(string, int, Variant), List<double>>();
var p99 = new Dictionary<(string, int, Variant), List<double>>();
var hits = new Dictionary<(string, int, Variant), int>();
var gcLines = new List<string>();
for (var round = 0; round < rounds; round++)
{
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    var started = Stopwatch.StartNew();

    foreach (var group in slots)
    {
        var runs = group.SelectMany(q => timed.Select(v => (Query: q, Variant: v))).ToArray();
        var samples = runs.Select(_ => new double[queries]).ToArray();
        for (var i = 0; i < queries; i++)
        {
            for (var k = 0; k < runs.Length; k++)
            {
                var slot = i % 2 == 0 ? k : runs.Length - 1 - k;
                var start = Stopwatch.GetTimestamp();
                hits[(runs[slot].Query.Case.Name, runs[slot].Query.Index.Size, runs[slot].Variant)] = runs[slot].Query.Run(runs[slot].Variant);
                samples[slot][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        for (var k = 0; k < runs.Length; k++)
        {
            var key = (runs[k].Query.Case.Name, runs[k].Query.Index.Size, runs[k].Variant);
            Add(p50, key, Stats.Percentile(samples[k], 50));
            Add(p99, key, Stats.Percentile(samples[k], 99));
        }
    }

    Console.Error.WriteLine($"round {round + 1} of {rounds} done after {started.Elapsed.TotalSeconds:0} s");
    gcLines.Add(string.Create(CultureInfo.InvariantCulture,
        $"| {round + 1} | {started.Elapsed.TotalSeconds:0.0} | {GC.CollectionCount(0) - gen0} / {GC.CollectionCount(1) - gen1} / {GC.CollectionCount(2) - gen2} | {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} | {LoadAverage()} |"));
}

Console.WriteLine("| items | indexing (items/s) | query | ours p50 (ms) | ours p99 (ms) | raw (same job) p50 (ms) | raw p99 (ms) | raw (narrow) p50 (ms) | narrow p99 (ms) | ours / same job p50 | ours / same job p99 | hits ours / same job / narrow |");
Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var index in indexes)
{
    foreach (var benchCase in BenchCase.All)
    {
        var name = benchCase.Name;
        var size = index.Size;
        var ratio50 = Ratios(p50[(name, size, Variant.Ours)], p50[(name, size, Variant.Raw)]);
        var ratio99 = Ratios(p99[(name, size, Variant.Ours)], p99[(name, size, Variant.Raw)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {(index.Rate is { } r ? r.ToString("N0", CultureInfo.InvariantCulture) : "reused")} | {name} | {Stats.Spread(p50[(name, size, Variant.Ours)], "0.00")} | {Stats.Spread(p99[(name, size, Variant.Ours)], "0.00")} | {Stats.Spread(p50[(name, size, Variant.Raw)], "0.00")} | {Stats.Spread(p99[(name, size, Variant.Raw)], "0.00")} | {Stats.Spread(p50[(name, size, Variant.Narrow)], "0.00")} | {Stats.Spread(p99[(name, size, Variant.Narrow)], "0.00")} | {Stats.Spread(ratio50, "0.00", "×")} | {Stats.Spread(ratio99, "0.00", "×")} | {hits[(name, size, Variant.Ours)]:N0} / {hits[(name, size, Variant.Raw)]:N0} / {hits[(name, size, Variant.Narrow)]:N0} |"));
    }
}

if (indexes.Count > 1)
{
    var (small, large) = (indexes[0].Size, indexes[^1].Size);
    Console.WriteLine();
    Console.WriteLine($"p99 at {large:N0} ÷ p99 at {small:N0}, computed per round (both indexes in the same round):");
    Console.WriteLine();
    Console.WriteLine("| query | ours p99 ratio | raw (same job) p99 ratio | raw (narrow) p99 ratio | ours p50 ratio |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var name in BenchCase.All.Select(c => c.Name))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Stats.Spread(Ratios(p99[(name, large, Variant.Ours)], p99[(name, small, Variant.Ours)]), "0.00", "×")} | {Stats.Spread(Ratios(p99[(name, large, Variant.Raw)], p99[(name, small, Variant.Raw)]), "0.00", "×")} | {Stats.Spread(Ratios(p99[(name, large, Variant.Narrow)], p99[(name, small, Variant.Narrow)]), "0.00", "×")} | {Stats.Spread(Ratios(p50[(name, large, Variant.Ours)], p50[(name, small, Variant.Ours)]), "0.00", "×")} |"));
    }
}

Console.WriteLine();
Console.WriteLine("Allocated bytes per query (this thread, mean of 50 runs after the warm-up), KB:");
Console.WriteLine();
Console.WriteLine("| items | query | ours | ours without highlights | raw (same job) | raw (narrow) |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|");
foreach (var query in slots.SelectMany(s => s).OrderBy(q => q.Index.Size))
{
    string Kb(Variant v) => (allocations[(query.Case.Name, query.Index.Size, v)] / 1024.0).ToString("N1", CultureInfo.InvariantCulture);
    Console.WriteLine($"| {query.Index.Size:N0} | {query.Case.Name} | {Kb(Variant.Ours)} | {Kb(Variant.OursWithoutHighlights)} | {Kb(Variant.Raw)} | {Kb(Variant.Narrow)} |");
}

Console.WriteLine();
Console.WriteLine("Rounds (GC counts and pause time during the round, load average at its end):");
Console.WriteLine();
Console.WriteLine("| round | seconds | GCs gen0 / gen1 / gen2 | GC pause (ms) | load average |");
Console.WriteLine("|---:|---:|---:|---:|---|");
gcLines.ForEach(Console.WriteLine);

indexes.ForEach(i => i.Dispose());
return 0;

static void Add(Dictionary<(string, int, Variant), List<double>> figures, (string, int, Variant) key, double value)
{
    if (!figures.TryGetValue(key, out var list))
    {
        figures[key] = list = [];
    }

    list.Add(value);
}

// Per round: a ratio of two figures measured in the same round, never of figures from different rounds.
static List<double> Ratios(List<double> top, List<double> bottom) => top.Zip(bottom, (a, b) => a / b).ToList();

static Dictionary<(string, int, Variant), double> AllocationsPerQuery(IEnumerable<BenchQueries> queries, int runs)
{
    var result = new Dictionary<(string, int, Variant), double>();
    foreach (var query in queries)
    {
        foreach (var variant in Enum.GetValues<Variant>())
        {
            query.Run(variant);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < runs; i++)
            {
                query.Run(variant);
            }

            result[(query.Case.Name, query.Index.Size, variant)] = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)runs;
        }
    }

    return result;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
