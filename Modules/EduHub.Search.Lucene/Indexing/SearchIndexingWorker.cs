using EduHub.Core.Modules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>
/// Applies the database's indexing tasks to this node's indexes: at once when a change is committed on this
/// node (the indexing handler nudges it), otherwise every <see cref="Interval"/> (changes made on other nodes).
/// </summary>
internal sealed class SearchIndexingWorker(SearchIndexer indexer, FeatureGate features, ILogger<SearchIndexingWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                if (await features.EnabledAsync(stoppingToken) is { } enabled && enabled.Contains(Manifest.Value.Id))
                {
                    more = await indexer.RunOnceAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The next round retries; the index keeps its last committed state and cursor.
                logger.LogWarning(e, "Search indexing round failed");
            }

            if (!more)
            {
                await indexer.WaitForWorkAsync(Interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
