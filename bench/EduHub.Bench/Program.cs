using System.Runtime.InteropServices;
using EduHub.Bench;

var options = BenchOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 64;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var report = new BenchReport();
var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
report.Note($"Machine: {Environment.ProcessorCount} logical CPUs ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), "
    + $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_073_741_824.0:N1} GB memory, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}.");
report.Note($"Run: {options.Items:N0} items (queries once {options.SmallItems:N0} and {options.Items:N0} are in, at a batch boundary), seed {options.Seed}, {options.BatchSize:N0} items per transaction.");

if (options.Sqlite)
{
    await using var sqlite = new SqliteTarget();
    await TargetRun.RunAsync(sqlite, options, report, cancellation.Token);
}

if (options.Postgres ?? PostgresTarget.BinariesInstalled)
{
    if (!PostgresTarget.BinariesInstalled)
    {
        Console.Error.WriteLine("--postgres: PostgreSQL server binaries were not found (apt-get install postgresql-15).");
        return 69;
    }

    await using var postgres = await PostgresTarget.StartAsync(cancellation.Token);
    await TargetRun.RunAsync(postgres, options, report, cancellation.Token);
}
else
{
    report.Note("PostgreSQL: skipped (" + (options.Postgres is false ? "--no-postgres" : "server binaries not installed") + ").");
}

Console.WriteLine();
Console.WriteLine(report.ToMarkdown());
return 0;
