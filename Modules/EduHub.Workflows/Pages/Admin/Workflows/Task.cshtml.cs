using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Activities;
using EduHub.Workflows.Admin;
using EduHub.Workflows.Data;
using EduHub.Workflows.Endpoints;
using EduHub.Workflows.Engine;
using EduHub.Workflows.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.Workflows.Pages.Admin.Workflows;

/// <summary>
/// One review task: the submitted version beside the live one, the item's review history and the decision form.
/// The decision is the engine call behind <c>POST /api/workflows/tasks/{id}/complete</c>, with the same answers.
/// </summary>
internal sealed class TaskModel(
    Database database, ContentCallerAccessor callers, ContentManager content, ContentDefinitionManager definitions,
    WorkflowManager manager, WorkflowTypeStore types, WorkflowTypeParserFactory parsers, TimeProvider clock, IStringLocalizer<WorkflowsText> t) : PageModel
{
    public WorkflowTask ReviewTask { get; private set; } = null!;

    public ContentItem? Submitted { get; private set; }

    public ContentItem? Live { get; private set; }

    public IReadOnlyList<FieldComparison> Fields { get; private set; } = [];

    public IReadOnlyList<ReviewStep>? History { get; private set; }

    public IReadOnlyList<string> CommentRequiredFor { get; private set; } = [];

    public bool Overdue { get; private set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public string ActionLabel(string action) => action switch
    {
        "approve" => t["Approve"],
        "request-changes" => t["Request changes"],
        "reject" => t["Reject"],
        _ => action,
    };

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(Decision))
        {
            return Refuse(StatusCodes.Status400BadRequest, nameof(Decision), t["Choose a decision."]);
        }

        var caller = await callers.GetAsync(cancellationToken);
        switch (await manager.CompleteTaskAsync(id, Decision, Comment, caller, cancellationToken))
        {
            case TaskDecision.Completed:
                TempData["Notice"] = t["Your decision “{0}” on “{1}” was recorded.", ActionLabel(Decision), ReviewTask.Title].Value;
                return Redirect("/admin/workflows/inbox");
            case TaskDecision.NotFound:
                return NotFound();
            case TaskDecision.Forbidden:
                return Forbid(IdentityConstants.ApplicationScheme);
            case TaskDecision.UnknownAction:
                return Refuse(StatusCodes.Status400BadRequest, nameof(Decision), t["“{0}” is not one of the decisions of this task.", Decision]);
            case TaskDecision.CommentRequired:
                return Refuse(StatusCodes.Status400BadRequest, nameof(Comment), t["The decision “{0}” needs a comment.", ActionLabel(Decision)]);
            default:
                // Decided meanwhile (another reviewer, the instance moved on): show the task as it is now.
                await LoadAsync(id, cancellationToken);
                return Refuse(StatusCodes.Status409Conflict, "", t["This task was already decided."]);
        }
    }

    private PageResult Refuse(int status, string key, string message)
    {
        ModelState.AddModelError(key, message);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!IdGenerator.IsValid(id) || await WorkflowTaskStore.GetAsync(database, id, cancellationToken) is not { } task)
        {
            return NotFound();
        }

        var caller = await callers.GetAsync(cancellationToken);
        if (!WorkflowTaskStore.MayComplete(task, caller))
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        ReviewTask = task;
        Overdue = task.Status == WorkflowTask.Open && task.DueUtc is { } due && due < clock.GetUtcNow().UtcDateTime;
        if (task.ContentItemId is { } itemId)
        {
            // Through the content manager: the reviewer sees only what their rights let them see.
            Submitted = await content.GetAsync(itemId, VersionOptions.Latest, cancellationToken);
            Live = await content.GetAsync(itemId, VersionOptions.Published, cancellationToken);
            if (Submitted is not null)
            {
                Fields = ListingDiff.Compare(Submitted, Live, await definitions.GetAsync(cancellationToken));
            }

            if (await ReviewAccess.MaySeeAsync(content, definitions, caller, itemId, cancellationToken))
            {
                History = await ReviewHistoryStore.ListAsync(database, itemId, cancellationToken);
            }
        }

        CommentRequiredFor = await ActivityPropertiesAsync(task, cancellationToken) is { } properties
            ? task.Actions.Where(a => UserTaskEvent.RequiresComment(properties, a)).ToList()
            : [];
        return null;
    }

    /// <summary>The properties of the user task the instance waits on (which decisions need a comment).</summary>
    private async Task<ActivityProperties?> ActivityPropertiesAsync(WorkflowTask task, CancellationToken cancellationToken)
    {
        if (await WorkflowInstanceStore.GetAsync(database, task.InstanceId, cancellationToken) is not { } instance)
        {
            return null;
        }

        var json = (await types.ListAsync(cancellationToken)).FirstOrDefault(j => (string?)j["WorkflowTypeId"] == instance.WorkflowTypeId);
        return json is not null && parsers.Create().Parse(json).Type?.Activity(task.ActivityId) is { } activity
            ? new ActivityProperties(activity.ActivityId, activity.Properties)
            : null;
    }
}
