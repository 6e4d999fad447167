using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduHub.Core.Contents.Scheduling;

/// <summary>Checks for due scheduled publications every 30 seconds (on the injected clock).</summary>
internal sealed class ScheduledPublishingWorker(ScheduledPublisher publisher, TimeProvider clock, ILogger<ScheduledPublishingWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await publisher.PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round is retried at the next tick; the worker must outlive database hiccups.
                logger.LogError(e, "Scheduled publishing failed");
            }
        }
    }
}
