using EduHub.Workflows.Data;
using EduHub.Workflows.Engine;
using EduHub.Workflows.Messaging;
using EduHub.Core.Data;
using EduHub.Core.Modules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EduHub.Workflows.Timers;

/// <summary>
/// Background rounds (every <see cref="WorkflowOptions.WorkerInterval"/>): due timers and reminders, e-mail left in the
/// outbox, retention. Safe on several nodes: every piece of work is claimed in the database.
/// </summary>
internal sealed class WorkflowWorker(WorkflowManager manager, EmailOutbox outbox, Database database, FeatureGate features, IOptions<WorkflowOptions> options,
    TimeProvider clock, ILogger<WorkflowWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.WorkerInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round is retried at the next tick; the worker must outlive database hiccups.
                logger.LogError(e, "Workflow background round failed");
            }
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!features.IsEnabled(Manifest.Value.Id))
        {
            return;
        }

        await manager.RunDueAsync(cancellationToken);
        await outbox.DeliverPendingAsync(cancellationToken);
        await WorkflowInstanceStore.TrimAsync(database, clock.GetUtcNow().UtcDateTime - options.Value.Retention, null, cancellationToken);
    }
}
