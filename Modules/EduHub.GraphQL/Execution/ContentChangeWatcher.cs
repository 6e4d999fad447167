using EduHub.Core.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduHub.GraphQL.Execution;

/// <summary>
/// Bumps cache generations for changes made on other nodes: reads Core's change feed every second, so a
/// publish anywhere in the cluster reaches this node's cached GraphQL answers within about a second.
/// </summary>
internal sealed class ContentChangeWatcher(ContentChangeFeed feed, ContentTypeGenerations generations, TimeProvider clock, ILogger<ContentChangeWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long cursor;
        try
        {
            cursor = await feed.LatestIdAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The schema may not exist yet on a first start; begin from the start of the log.
            logger.LogDebug(e, "Change feed not readable yet");
            cursor = 0;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var change in await feed.ReadAfterAsync(cursor, 1000, stoppingToken))
                {
                    generations.Bump(change.ContentType);
                    cursor = change.Id;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round retries at the next tick; the cache just stays valid a little longer.
                logger.LogWarning(e, "Reading the content change feed failed");
            }
        }
    }
}
