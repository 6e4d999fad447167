using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduHub.Core.Messaging;

/// <summary>
/// Carries out outbox messages: at once when this node enqueued one, and every <see cref="Interval"/> (on the
/// injected clock) for messages of other nodes, retries and messages left by a crash.
/// </summary>
internal sealed class OutboxWorker(Outbox outbox, ILogger<OutboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Waits first: at start-up the schema may not be migrated yet; leftovers are picked up at the first tick.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.WaitForWorkAsync(Interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                while (await outbox.ProcessDueAsync(stoppingToken) > 0)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed round is retried at the next wake-up; the worker must outlive database hiccups.
                logger.LogError(e, "Outbox round failed");
            }
        }
    }
}
