using System.Diagnostics;
using EduHub.Web.Cli.Demo;

namespace EduHub.Bench;

/// <summary>
/// The bulk import through the content manager (the <c>generate</c> command's path), resumable so that
/// queries can be measured part-way. Only saving is timed; generating the next batch is not.
/// </summary>
internal sealed class EngineImport(EngineHost host, DemoDataSet data) : IDisposable
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(15);

    private readonly IEnumerator<DemoBatch> _batches = data.Batches().GetEnumerator();
    private readonly DemoImporter _importer = new(host.Services.GetRequiredService<IServiceScopeFactory>());

    public int Items { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;

    public async Task ImportUntilAsync(int target, CancellationToken cancellationToken)
    {
        var sinceReport = Stopwatch.StartNew();
        while (Items < target && _batches.MoveNext())
        {
            var done = await _importer.ImportAsync([_batches.Current], publish: true, progress: null, cancellationToken);
            Items += done.Items;
            Elapsed += done.Elapsed;
            if (sinceReport.Elapsed > ProgressInterval)
            {
                Console.WriteLine($"    imported {Items:N0} items, {ItemsPerSecond:N0} items/s");
                sinceReport.Restart();
            }
        }
    }

    public void Dispose() => _batches.Dispose();
}
