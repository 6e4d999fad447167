using System.Globalization;
using EduHub.Core.Modules;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Profiles;

namespace EduHub.Search.Lucene.Cli;

/// <summary>
/// <c>search rebuild [index]</c>: empties and rebuilds this node's index (all indexes without a name) from
/// the database, printing progress. Run it while the node is stopped (a running node holds the index
/// folder); on a running node use <c>POST /api/search/indexes/{name}/rebuild</c>.
/// </summary>
internal sealed class SearchCommand(SearchIndexer indexer, IndexProfileStore profiles, SearchPaths paths) : IModuleCommand
{
    public string Name => "search";

    public string Usage => "  search rebuild [index]                      rebuild this node's search index (all without a name), with progress";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count is < 1 or > 2 || arguments[0] != "rebuild")
        {
            await Console.Error.WriteLineAsync("Usage: search rebuild [index]");
            return 64;
        }

        var all = await profiles.ListAsync(cancellationToken);
        var names = arguments.Count == 2 ? [arguments[1]] : all.Select(p => p.Name).ToList();
        if (names.FirstOrDefault(n => !all.Any(p => string.Equals(p.Name, n, StringComparison.OrdinalIgnoreCase))) is { } unknown)
        {
            await Console.Error.WriteLineAsync($"Unknown index '{unknown}' (indexes: {string.Join(", ", all.Select(p => p.Name))}).");
            return 1;
        }

        await indexer.SyncProfilesAsync(cancellationToken);
        foreach (var name in names)
        {
            if (indexer.Find(name) is null)
            {
                await Console.Error.WriteLineAsync($"The index '{name}' of node '{paths.NodeName}' is in use by a running node; stop it or use POST /api/search/indexes/{name}/rebuild.");
                return 1;
            }

            long? lastStep = null;
            var progress = await indexer.RebuildAsync(name, "rebuilt from the command line", cancellationToken, p =>
            {
                // One line per 5% step (the start included), so logs of a 100k rebuild stay readable.
                var percent = p.Total == 0 ? 100 : p.Done * 100 / p.Total;
                if (lastStep != percent / 5)
                {
                    lastStep = percent / 5;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {p.Done}/{p.Total} items ({percent}%)"));
                }
            });
            var seconds = ((progress.FinishedUtc ?? progress.StartedUtc) - progress.StartedUtc).TotalSeconds;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name}: rebuilt, {indexer.Find(name)?.DocumentCount} documents in {seconds:0.0} s ({paths.For(name)})"));
        }

        return 0;
    }
}
