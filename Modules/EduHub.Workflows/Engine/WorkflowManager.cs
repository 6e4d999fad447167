using System.Data;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Security;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Activities;
using EduHub.Workflows.Data;
using EduHub.Workflows.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduHub.Workflows.Engine;

/// <summary>
/// Starts and resumes instances. Every run happens in one transaction that holds the instance's row lock
/// (PostgreSQL <c>FOR UPDATE</c>; SQLite's write transaction holds the database), re-reads the instance inside
/// it, and writes the new state with an optimistic version check: an event, a task decision or a due timer is
/// applied exactly once, whichever node or request gets there first. Runs act as the system caller.
/// </summary>
internal sealed class WorkflowManager(
    IServiceProvider services, Database database, WorkflowTypeStore types, ActivityLibrary library, WorkflowRunner runner,
    IWorkflowExpressions expressions, TimeProvider clock, ILogger<WorkflowManager> logger) : IWorkflowTrigger
{
    public async Task<TriggerResult> TriggerAsync(string eventName, JsonObject input, string? correlationId, CancellationToken cancellationToken)
    {
        if (!await types.IsUsedAsync(eventName, cancellationToken) || library.Find(eventName) is not { } activity)
        {
            return new TriggerResult(0, 0, 0);
        }

        int started = 0, resumed = 0, skipped = 0;
        foreach (var id in await WorkflowInstanceStore.WaitingOnAsync(database, eventName, correlationId, cancellationToken))
        {
            if (await ResumeByEventAsync(id, eventName, input, cancellationToken))
            {
                resumed++;
            }
        }

        foreach (var type in await types.EnabledAsync(cancellationToken))
        {
            foreach (var start in type.StartActivities(eventName).Where(a => activity.CanHandle(new ActivityProperties(a.ActivityId, a.Properties), input)))
            {
                if (await StartAsync(type, start, input, correlationId, cancellationToken))
                {
                    started++;
                }
                else
                {
                    skipped++;
                }
            }
        }

        return new TriggerResult(started, resumed, skipped);
    }

    private Task<bool> StartAsync(WorkflowType type, ActivityRecord start, JsonObject input, string? correlationId, CancellationToken cancellationToken) =>
        InSessionAsync(async (session, scope, after) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var instance = new WorkflowInstance { Id = IdGenerator.NewId(), WorkflowTypeId = type.WorkflowTypeId, CorrelationId = correlationId, CreatedUtc = now, UpdatedUtc = now, Input = (JsonObject)input.DeepClone() };
            var singletonKey = type.IsSingleton ? $"{type.WorkflowTypeId}|{correlationId}" : null;
            if (!await WorkflowInstanceStore.TryInsertAsync(session, instance, singletonKey, cancellationToken))
            {
                return false;
            }

            await RunAndSaveAsync(session, scope, after, type, instance, input, start.ActivityId, (a, p, c) => a.ResumeAsync(c, p, null, cancellationToken), cancellationToken);
            return true;
        }, cancellationToken);

    private Task<bool> ResumeByEventAsync(string instanceId, string eventName, JsonObject input, CancellationToken cancellationToken) =>
        InSessionAsync(async (session, scope, after) =>
        {
            if (await LoadLockedAsync(session, instanceId, cancellationToken) is not var (instance, type) || instance.Status != WorkflowStatus.Halted)
            {
                return false;
            }

            var blocking = instance.Blocking.FirstOrDefault(b => b.Name == eventName
                && type.Activity(b.ActivityId) is { } record && library.Find(record.Name)?.CanHandle(new ActivityProperties(record.ActivityId, record.Properties), input) == true);
            if (blocking is null)
            {
                return false;
            }

            await RunAndSaveAsync(session, scope, after, type, instance, input, blocking.ActivityId, (a, p, c) => a.ResumeAsync(c, p, blocking, cancellationToken), cancellationToken);
            return true;
        }, cancellationToken);

    public async Task<TaskDecision> CompleteTaskAsync(string taskId, string action, string? comment, ContentCaller caller, CancellationToken cancellationToken)
    {
        if (!IdGenerator.IsValid(taskId) || await WorkflowTaskStore.GetAsync(database, taskId, cancellationToken) is not { } found)
        {
            return TaskDecision.NotFound;
        }

        try
        {
            return await InSessionAsync(async (session, scope, after) =>
            {
                var loaded = await LoadLockedAsync(session, found.InstanceId, cancellationToken);
                var task = await WorkflowTaskStore.GetAsync(session, taskId, cancellationToken);
                if (task is null)
                {
                    return TaskDecision.NotFound;
                }

                if (!WorkflowTaskStore.MayComplete(task, caller))
                {
                    return TaskDecision.Forbidden;
                }

                if (task.Status != WorkflowTask.Open || loaded is not var (instance, type) || instance.Status != WorkflowStatus.Halted
                    || instance.Blocking.FirstOrDefault(b => b.Data["TaskId"]?.GetValue<string>() == taskId) is not { } blocking)
                {
                    return TaskDecision.AlreadyDecided;
                }

                if (!task.Actions.Contains(action, StringComparer.Ordinal))
                {
                    return TaskDecision.UnknownAction;
                }

                var properties = new ActivityProperties(blocking.ActivityId, type.Activity(blocking.ActivityId)?.Properties ?? []);
                if (UserTaskEvent.RequiresComment(properties, action) && string.IsNullOrWhiteSpace(comment))
                {
                    return TaskDecision.CommentRequired;
                }

                var now = clock.GetUtcNow().UtcDateTime;
                var userName = caller.UserName ?? "system";
                await WorkflowTaskStore.CompleteAsync(session, taskId, userName, action, comment, now, cancellationToken);
                var input = new JsonObject { ["Action"] = action, ["Comment"] = comment, [WorkflowInput.UserName] = userName, ["TaskId"] = taskId };
                await RunAndSaveAsync(session, scope, after, type, instance, input, blocking.ActivityId, (a, p, c) => a.ResumeAsync(c, p, blocking, cancellationToken), cancellationToken);
                return TaskDecision.Completed;
            }, cancellationToken);
        }
        catch (DBConcurrencyException)
        {
            return TaskDecision.AlreadyDecided;
        }
    }

    /// <summary>Runs the timers and reminders that are due; each due activity runs once cluster-wide.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var id in await WorkflowInstanceStore.DueAsync(database, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            try
            {
                count += await InSessionAsync(async (session, scope, after) =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    if (await LoadLockedAsync(session, id, cancellationToken) is not var (instance, type) || instance.Status != WorkflowStatus.Halted)
                    {
                        return 0;
                    }

                    var ran = 0;
                    foreach (var blocking in instance.Blocking.Where(b => b.DueUtc <= now).ToList())
                    {
                        if (instance.Status != WorkflowStatus.Halted || !instance.Blocking.Contains(blocking))
                        {
                            continue;
                        }

                        await RunAsync(session, scope, after, type, instance, new JsonObject(), blocking.ActivityId, (a, p, c) => a.DueAsync(c, p, blocking, cancellationToken), cancellationToken);
                        ran++;
                    }

                    if (ran > 0)
                    {
                        await SaveAsync(session, type, instance, cancellationToken);
                    }

                    return ran;
                }, cancellationToken);
            }
            catch (DBConcurrencyException)
            {
                // Another node ran it first.
            }
        }

        return count;
    }

    /// <summary>A signal from a signed link: resumes the instance if it still waits for that signal.</summary>
    public Task<bool> SignalAsync(string instanceId, string signal, CancellationToken cancellationToken) =>
        ResumeByEventAsync(instanceId, "SignalEvent", new JsonObject { ["Signal"] = signal }, cancellationToken);

    /// <summary>
    /// A submission taken back by its author while it waits for an editor: the instance is aborted (its open tasks
    /// cancelled, the one-review-per-item key released) and the history gets a "withdraw" step back to draft, in
    /// one transaction under the instance's lock. False when the item is not in review (nothing changed).
    /// </summary>
    public async Task<bool> WithdrawAsync(string contentItemId, string contentType, string userName, CancellationToken cancellationToken)
    {
        foreach (var id in await WorkflowInstanceStore.WaitingOnAsync(database, "UserTaskEvent", contentItemId, cancellationToken))
        {
            try
            {
                var withdrawn = await InSessionAsync(async (session, scope, after) =>
                {
                    if (await LoadLockedAsync(session, id, cancellationToken) is not var (instance, type) || instance.Status != WorkflowStatus.Halted
                        || instance.Blocking.All(b => b.Name != "UserTaskEvent")
                        || await ReviewHistoryStore.CurrentStateAsync(session, contentItemId, cancellationToken) != "in-review")
                    {
                        return false;
                    }

                    instance.Status = WorkflowStatus.Aborted;
                    instance.Blocking.Clear();
                    await SaveAsync(session, type, instance, cancellationToken);
                    await ReviewHistoryStore.AddAsync(session, contentItemId, contentType, clock.GetUtcNow().UtcDateTime, userName, "withdraw", "in-review", ReviewHistoryStore.InitialState, instance.Id, cancellationToken);
                    return true;
                }, cancellationToken);
                if (withdrawn)
                {
                    return true;
                }
            }
            catch (DBConcurrencyException)
            {
                // Decided or withdrawn meanwhile: the state below tells.
            }
        }

        return false;
    }

    /// <summary>Runs the faulted activity of an instance again. False when the instance is not faulted.</summary>
    public Task<bool> RetryAsync(string instanceId, CancellationToken cancellationToken) =>
        InSessionAsync(async (session, scope, after) =>
        {
            if (await LoadLockedAsync(session, instanceId, cancellationToken) is not var (instance, type) || instance.Status != WorkflowStatus.Faulted
                || instance.FaultedActivityId is not { } activityId)
            {
                return false;
            }

            await RunAndSaveAsync(session, scope, after, type, instance, instance.Input, activityId, (a, p, c) => a.ExecuteAsync(c, p, cancellationToken), cancellationToken);
            return true;
        }, cancellationToken);

    private async Task<(WorkflowInstance, WorkflowType)?> LoadLockedAsync(DbSession session, string instanceId, CancellationToken cancellationToken)
    {
        var instance = await WorkflowInstanceStore.LockAsync(session, instanceId, cancellationToken);
        if (instance is null || await types.GetAsync(session, instance.WorkflowTypeId, cancellationToken) is not { } type)
        {
            return null;
        }

        return (instance, type);
    }

    private async Task RunAndSaveAsync(DbSession session, IServiceProvider scope, List<Func<Task>> after, WorkflowType type, WorkflowInstance instance, JsonObject input,
        string activityId, Func<WorkflowActivity, ActivityProperties, WorkflowExecutionContext, Task<ActivityResult>> first, CancellationToken cancellationToken)
    {
        await RunAsync(session, scope, after, type, instance, input, activityId, first, cancellationToken);
        await SaveAsync(session, type, instance, cancellationToken);
    }

    private async Task RunAsync(DbSession session, IServiceProvider scope, List<Func<Task>> after, WorkflowType type, WorkflowInstance instance, JsonObject input,
        string activityId, Func<WorkflowActivity, ActivityProperties, WorkflowExecutionContext, Task<ActivityResult>> first, CancellationToken cancellationToken)
    {
        instance.Input = (JsonObject)input.DeepClone();
        var context = new WorkflowExecutionContext(instance.Id, type.WorkflowTypeId, instance.CorrelationId, instance.Input, instance.Properties, instance.Output,
            session, scope, expressions, clock)
        {
            IncomingTransitions = id => type.Transitions.Count(t => t.DestinationActivityId == id),
        };
        await runner.RunAsync(type, instance, context, activityId, (a, p) => first(a, p, context), cancellationToken);
        after.AddRange(context.AfterCommit);
    }

    private async Task SaveAsync(DbSession session, WorkflowType type, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        instance.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await WorkflowInstanceStore.SaveAsync(session, instance, type.IsSingleton, cancellationToken);
        var open = instance.Blocking.Select(b => b.Data["TaskId"]?.GetValue<string>()).OfType<string>().ToList();
        await WorkflowTaskStore.CancelStaleAsync(session, instance.Id, open, instance.UpdatedUtc, cancellationToken);
        if (instance.Status == WorkflowStatus.Finished && type.DeleteFinishedWorkflows)
        {
            await WorkflowInstanceStore.DeleteAsync(session, instance.Id, cancellationToken);
        }
    }

    private async Task<T> InSessionAsync<T>(Func<DbSession, IServiceProvider, List<Func<Task>>, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        var after = new List<Func<Task>>();
        var result = await scope.ServiceProvider.GetRequiredService<DbSessionScope>().RunAsync(session => work(session, scope.ServiceProvider, after), cancellationToken);
        foreach (var action in after)
        {
            try
            {
                await action();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A workflow's after-commit work failed");
            }
        }

        return result;
    }
}
