using EduHub.Core.Data;
using EduHub.Core.Security;
using EduHub.Workflows.Data;
using EduHub.Workflows.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.Workflows.Pages.Admin.Workflows;

/// <summary>The caller's open tasks, by the same rules as <c>GET /api/workflows/tasks</c> (their roles or assigned to them).</summary>
internal sealed class InboxModel(Database database, ContentCallerAccessor callers, TimeProvider clock) : PageModel
{
    public IReadOnlyList<WorkflowTask> Tasks { get; private set; } = [];

    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tasks = await WorkflowTaskStore.OpenForAsync(database, await callers.GetAsync(cancellationToken), cancellationToken);
        NowUtc = clock.GetUtcNow().UtcDateTime;
    }
}
