using EduHub.Admin;
using EduHub.Core.Data;
using EduHub.Core.Security;
using EduHub.Workflows.Data;
using EduHub.Workflows.Engine;
using EduHub.Workflows.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.Workflows.Pages.Admin.Workflows;

/// <summary>Workflow instances, newest change first, filtered by status and type; a faulted one shows its error and can be retried.</summary>
[Authorize(Policy = AdminPolicies.Prefix + Permissions.ManageWorkflows)]
internal sealed class InstancesModel(Database database, WorkflowTypeStore types, WorkflowManager manager, ContentCallerAccessor callers, IStringLocalizer<WorkflowsText> t) : PageModel
{
    private const int Take = 200;

    /// <summary>The statuses offered in the filter (Idle is a moment inside a run).</summary>
    public static readonly WorkflowStatus[] Statuses = [WorkflowStatus.Executing, WorkflowStatus.Halted, WorkflowStatus.Finished, WorkflowStatus.Faulted, WorkflowStatus.Aborted];

    public IReadOnlyList<InstanceSummary> Instances { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Types { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public string StatusLabel(string status) => status switch
    {
        nameof(WorkflowStatus.Idle) or nameof(WorkflowStatus.Executing) => t["Running"],
        nameof(WorkflowStatus.Halted) => t["Waiting"],
        nameof(WorkflowStatus.Finished) => t["Finished"],
        nameof(WorkflowStatus.Faulted) => t["Faulted"],
        nameof(WorkflowStatus.Aborted) => t["Aborted"],
        _ => status,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await callers.GetAsync(cancellationToken)).Has(Permissions.ManageWorkflows))
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        if (Status is { Length: > 0 } && !Enum.TryParse<WorkflowStatus>(Status, ignoreCase: true, out _))
        {
            ModelState.AddModelError(nameof(Status), t["Choose one of the statuses of the list."]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Status = null;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (!(await callers.GetAsync(cancellationToken)).Has(Permissions.ManageWorkflows))
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        if (await WorkflowInstanceStore.GetAsync(database, instanceId, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!await manager.RetryAsync(instanceId, cancellationToken))
        {
            ModelState.AddModelError("", t["Only a faulted instance can be retried."]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var after = await WorkflowInstanceStore.GetAsync(database, instanceId, cancellationToken);
        TempData["Notice"] = t["Instance {0} was retried; its status is now “{1}”.", instanceId, after is null ? t["Finished"] : StatusLabel(after.Status.ToString())].Value;
        return Redirect(Url.Page("/Admin/Workflows/Instances", new { Status, Type }) ?? "/admin/workflows/instances");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Types = (await types.ListAsync(cancellationToken)).Select(j => ((string?)j["WorkflowTypeId"] ?? "", (string?)j["Name"] ?? "")).ToList();
        var status = Status is { Length: > 0 } s && Enum.TryParse<WorkflowStatus>(s, ignoreCase: true, out var parsed) ? parsed.ToString() : null;
        Instances = await WorkflowInstanceStore.ListAsync(database, status, null, Type is { Length: > 0 } ? Type : null, Take, cancellationToken);
    }
}
