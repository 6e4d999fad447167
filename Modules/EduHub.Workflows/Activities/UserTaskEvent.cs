using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Data;
using EduHub.Workflows.Engine;
using EduHub.Workflows.Models;

namespace EduHub.Workflows.Activities;

/// <summary>
/// A decision for people: puts a task in the inbox of <c>Roles</c> (or <c>AssignedUser</c>, Liquid) with the
/// <c>Actions</c> they may take, a <c>Title</c> (Liquid) and a due date <c>DueIn</c> after creation. The outcome is
/// the action taken. <c>CommentRequiredFor</c> lists actions that need a comment. <c>Reminders</c>
/// (<c>[{"After": "2.00:00:00", "Outcome": "Reminder"}]</c>) fire their outcome once each while the task stays open.
/// The last decision is kept in the <c>LastTask</c> property (Action, Comment, UserName, Utc).
/// </summary>
internal sealed class UserTaskEvent(WorkflowContentLoader content) : WorkflowActivity
{
    public override string Name => nameof(UserTaskEvent);

    public override bool IsEvent => true;

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) =>
        [.. properties.List("Actions"), .. Reminders(properties).Select(r => r.Outcome).Distinct()];

    public static bool RequiresComment(ActivityProperties properties, string action) => properties.List("CommentRequiredFor").Contains(action, StringComparer.Ordinal);

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        var actions = properties.List("Actions");
        if (actions.Count == 0)
        {
            errors.Add("Actions: a user task needs at least one action.");
        }

        if (properties.List("Roles").Count == 0 && string.IsNullOrWhiteSpace(properties.Text("AssignedUser")))
        {
            errors.Add("Roles: a user task needs Roles or an AssignedUser.");
        }

        if (properties.List("CommentRequiredFor").FirstOrDefault(a => !actions.Contains(a, StringComparer.Ordinal)) is { } stray)
        {
            errors.Add($"CommentRequiredFor: '{stray}' is not one of the Actions.");
        }

        Scripts.Template(properties, "Title", expressions, errors);
        Scripts.Template(properties, "AssignedUser", expressions, errors);
        Scripts.Duration(properties, "DueIn", errors);
        if (properties.Json["Reminders"] is JsonArray reminders)
        {
            for (var i = 0; i < reminders.Count; i++)
            {
                if (reminders[i] is not JsonObject r || ActivityProperties.ParseDuration(r["After"]?.GetValue<string>()) is not { } after || after <= TimeSpan.Zero
                    || string.IsNullOrWhiteSpace(r["Outcome"]?.GetValue<string>()))
                {
                    errors.Add($"Reminders[{i}]: needs a positive After duration and an Outcome.");
                }
                else if (actions.Contains(r["Outcome"]!.GetValue<string>(), StringComparer.Ordinal))
                {
                    errors.Add($"Reminders[{i}]: the outcome '{r["Outcome"]}' is also an action.");
                }
            }
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var now = context.UtcNow;
        var item = await content.LatestAsync(context, cancellationToken);
        var assigned = (await context.RenderAsync(properties.Text("AssignedUser"), cancellationToken)).Trim();
        var title = (await context.RenderAsync(properties.Text("Title") ?? "{{ ContentItem.DisplayText }}", cancellationToken)).Trim();
        var task = new WorkflowTask(IdGenerator.NewId(), context.InstanceId, properties.ActivityId, item?.ContentItemId ?? context.CorrelationId, item?.ContentType,
            title.Length == 0 ? Name : title, properties.List("Actions"), properties.List("Roles"), assigned.Length == 0 ? null : assigned,
            properties.Duration("DueIn") is { } dueIn ? now + dueIn : null, now, WorkflowTask.Open, null, null, null, null);
        await WorkflowTaskStore.InsertAsync(context.Session, task, cancellationToken);
        var pending = new JsonArray(Reminders(properties).Select(r => (JsonNode)new JsonObject { ["DueUtc"] = now + r.After, ["Outcome"] = r.Outcome }).ToArray());
        return ActivityResult.Halt(NextDue(pending), new JsonObject { ["TaskId"] = task.Id, ["Reminders"] = pending });
    }

    public override Task<ActivityResult> ResumeAsync(WorkflowExecutionContext context, ActivityProperties properties, BlockingActivity? blocking, CancellationToken cancellationToken)
    {
        var action = context.Input["Action"]?.GetValue<string>() ?? "";
        context.Properties["LastTask"] = new JsonObject
        {
            ["Action"] = action,
            ["Comment"] = context.Input["Comment"]?.DeepClone(),
            ["UserName"] = context.Input[WorkflowInput.UserName]?.DeepClone(),
            ["Utc"] = context.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        return Task.FromResult(ActivityResult.Outcome(action));
    }

    /// <summary>Fires every reminder whose time has come (all of them when the clock jumped) and keeps waiting.</summary>
    public override Task<ActivityResult> DueAsync(WorkflowExecutionContext context, ActivityProperties properties, BlockingActivity blocking, CancellationToken cancellationToken)
    {
        var now = context.UtcNow;
        var data = (JsonObject)blocking.Data.DeepClone();
        var pending = data["Reminders"] as JsonArray ?? [];
        var due = pending.OfType<JsonObject>().Where(r => r["DueUtc"]!.GetValue<DateTime>() <= now).ToList();
        foreach (var reminder in due)
        {
            pending.Remove(reminder);
        }

        return Task.FromResult(new ActivityResult(due.Select(r => r["Outcome"]!.GetValue<string>()).ToList(), Blocks: true, NextDue(pending), data));
    }

    private static DateTime? NextDue(JsonArray pending) =>
        pending.OfType<JsonObject>().Select(r => (DateTime?)r["DueUtc"]!.GetValue<DateTime>()).Min();

    private static IEnumerable<(TimeSpan After, string Outcome)> Reminders(ActivityProperties properties) =>
        (properties.Json["Reminders"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(r => (After: ActivityProperties.ParseDuration(r["After"]?.GetValue<string>()), Outcome: r["Outcome"]?.GetValue<string>()))
            .Where(r => r.After is not null && !string.IsNullOrWhiteSpace(r.Outcome))
            .Select(r => (r.After!.Value, r.Outcome!));
}
