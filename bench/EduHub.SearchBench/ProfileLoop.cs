using System.Diagnostics;

namespace EduHub.SearchBench;

/// <summary>
/// <c>--profile NAME</c>: instead of the timed rounds, runs one case (its name contains NAME) on the largest index,
/// each variant in turn for a few seconds, and prints the mean time per run: a steady loop to attach a profiler to
/// (the process id is printed first), not a measurement for the docs.
/// </summary>
internal static class ProfileLoop
{
    /// <param name="names">Comma-separated; each case runs in turn.</param>
    /// <param name="threads">More than one: the same case runs on that many threads at once (ours only), as a host's concurrent searches do.</param>
    public static void Run(IReadOnlyList<BenchQueries> queries, string names, double seconds, int threads)
    {
        foreach (var name in names.Split(','))
        {
            var query = queries.Where(q => q.Case.Name.Contains(name, StringComparison.OrdinalIgnoreCase)).MaxBy(q => q.Index.Size)
                ?? throw new ArgumentException($"no case named like '{name}'");
            if (threads > 1)
            {
                RunConcurrently(query, seconds, threads);
            }
            else
            {
                Run(query, seconds);
            }
        }
    }

    private static void RunConcurrently(BenchQueries query, double seconds, int threads)
    {
        var runs = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                query.Run(Variant.Ours);
                Interlocked.Increment(ref runs);
            }
        });
        Console.WriteLine($"'{query.Case.Name}' at {query.Index.Size:N0} items, {threads} threads: {runs / clock.Elapsed.TotalSeconds:N0} searches/s ({runs} runs)");
    }

    private static void Run(BenchQueries query, double seconds)
    {
        Console.WriteLine($"profiling '{query.Case.Name}' at {query.Index.Size:N0} items, pid {Environment.ProcessId}");
        foreach (var variant in new[] { Variant.Ours, Variant.OursWithoutHighlights, Variant.Raw, Variant.Narrow, Variant.Ours })
        {
            var clock = Stopwatch.StartNew();
            var runs = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                query.Run(variant);
                runs++;
            }

            Console.WriteLine($"{variant}: {clock.Elapsed.TotalMilliseconds / runs:N3} ms per run ({runs} runs)");
        }
    }
}
