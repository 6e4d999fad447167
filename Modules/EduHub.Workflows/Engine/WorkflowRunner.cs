using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Models;
using Microsoft.Extensions.Logging;

namespace EduHub.Workflows.Engine;

/// <summary>
/// Executes an instance from one activity on: follows the outcomes' transitions, records what ran, collects the
/// events it halts on, and ends Halted (something to wait for), Finished (nothing) or Faulted (with the error).
/// </summary>
internal sealed class WorkflowRunner(ActivityLibrary library, ILogger<WorkflowRunner> logger)
{
    public const int MaxActivitiesPerRun = 1000;
    private const int ExecutedKept = 200;

    /// <param name="first">Runs the activity the run starts with (an event resumed, a task retried).</param>
    public async Task RunAsync(WorkflowType type, WorkflowInstance instance, WorkflowExecutionContext context, string firstActivityId,
        Func<WorkflowActivity, ActivityProperties, Task<ActivityResult>> first, CancellationToken cancellationToken)
    {
        instance.Status = WorkflowStatus.Executing;
        instance.Error = null;
        instance.FaultedActivityId = null;
        var pending = new Stack<string>();
        if (!await StepAsync(type, instance, context, firstActivityId, first, pending, cancellationToken))
        {
            return;
        }

        var steps = 1;
        while (pending.TryPop(out var activityId))
        {
            if (++steps > MaxActivitiesPerRun)
            {
                Fault(instance, activityId, $"More than {MaxActivitiesPerRun} activities in one run: the definition loops without waiting for an event.");
                return;
            }

            if (!await StepAsync(type, instance, context, activityId, (a, p) => a.ExecuteAsync(context, p, cancellationToken), pending, cancellationToken))
            {
                return;
            }
        }

        instance.Status = instance.Blocking.Count > 0 ? WorkflowStatus.Halted : WorkflowStatus.Finished;
        instance.UpdatedUtc = context.UtcNow;
    }

    private async Task<bool> StepAsync(WorkflowType type, WorkflowInstance instance, WorkflowExecutionContext context, string activityId,
        Func<WorkflowActivity, ActivityProperties, Task<ActivityResult>> run, Stack<string> pending, CancellationToken cancellationToken)
    {
        if (type.Activity(activityId) is not { } record || library.Find(record.Name) is not { } activity)
        {
            Fault(instance, activityId, $"Activity '{activityId}' is not in the definition or its feature is off.");
            return false;
        }

        ActivityResult result;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            result = await run(activity, new ActivityProperties(activityId, record.Properties));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Workflow {InstanceId} activity {ActivityId} ({Name}) failed", instance.Id, activityId, record.Name);
            result = ActivityResult.Faulted($"{record.Name} failed: {e.Message}");
        }

        instance.Executed.Add(new ExecutedActivity(activityId, record.Name, context.UtcNow, result.Fault is null ? result.Outcomes : ["Faulted"]));
        if (instance.Executed.Count > ExecutedKept)
        {
            instance.Executed.RemoveRange(0, instance.Executed.Count - ExecutedKept);
        }

        if (result.Fault is not null)
        {
            Fault(instance, activityId, result.Fault);
            instance.UpdatedUtc = context.UtcNow;
            return false;
        }

        instance.Blocking.RemoveAll(b => b.ActivityId == activityId);
        if (result.Blocks)
        {
            instance.Blocking.Add(new BlockingActivity(activityId, record.Name, result.DueUtc, result.Data ?? []));
        }

        // Pushed in reverse so the first transition of the first outcome runs first (depth first, as Orchard Core).
        foreach (var next in result.Outcomes.SelectMany(o => type.Next(activityId, o)).Reverse())
        {
            pending.Push(next);
        }

        return true;
    }

    private static void Fault(WorkflowInstance instance, string activityId, string error)
    {
        instance.Status = WorkflowStatus.Faulted;
        instance.Error = error;
        instance.FaultedActivityId = activityId;
    }
}
