using System.Globalization;

namespace EduHub.Bench;

/// <param name="Items">Items imported in total (the "100k" measurement).</param>
/// <param name="SmallItems">Items at the first query checkpoint (the "10k" measurement).</param>
/// <param name="Postgres">True: PostgreSQL is required; false: skipped; null: run it when the server binaries are installed.</param>
internal sealed record BenchOptions(
    int Items, int SmallItems, int PublishItems, int BreakdownItems, int Runs, int Warmup, int BatchSize, int Seed, bool Sqlite, bool? Postgres)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/EduHub.Bench -- [options]
          --items N        items to import (default 100000); queries are measured at N/10 and N
          --quick          smoke run: 10000 items (queries at 1000 and 10000), 1000 publishes
          --publish N      drafts to publish (default N/10, at most 10000)
          --runs N         timed runs per query (default 200, after 20 warm-up runs)
          --batch N        items per transaction (default 1000)
          --seed N         generator seed (default 2020)
          --postgres       require PostgreSQL (default: run it when its binaries are installed)
          --no-postgres    SQLite only
          --no-sqlite      PostgreSQL only
        """;

    public static BenchOptions? Parse(string[] args, out string error)
    {
        error = "";
        var quick = args.Contains("--quick");
        int Number(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : index >= 0 ? -1 : fallback;
        }

        var items = Number("--items", quick ? 10_000 : 100_000);
        var options = new BenchOptions(
            items,
            items / 10,
            Number("--publish", quick ? 1_000 : Math.Min(10_000, Math.Max(1, items / 10))),
            Number("--breakdown", quick ? 500 : 2_000),
            Number("--runs", 200),
            20,
            Number("--batch", 1_000),
            Number("--seed", 2020),
            !args.Contains("--no-sqlite"),
            args.Contains("--postgres") ? true : args.Contains("--no-postgres") ? false : null);
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)
            && a is not ("--quick" or "--postgres" or "--no-postgres" or "--no-sqlite" or "--items" or "--publish" or "--breakdown" or "--runs" or "--batch" or "--seed")).ToList();
        if (unknown.Count > 0 || options.Items < 0 || options.PublishItems < 0 || options.BreakdownItems < 0 || options.Runs < 0 || options.BatchSize < 0 || options.Seed < 0)
        {
            error = unknown.Count > 0 ? $"Unknown option {unknown[0]}." : "Numeric options take a whole number above 0.";
            return null;
        }

        return options;
    }
}
