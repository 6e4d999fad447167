using EduHub.Admin;
using EduHub.Core.Data;
using EduHub.Core.Security;
using EduHub.Workflows.Data;
using Microsoft.Extensions.Localization;

namespace EduHub.Workflows.Admin;

/// <summary>"My review tasks" on the dashboard: how many are open and the most urgent few with their due dates.</summary>
internal sealed class ReviewTasksDashboardCard(Database database, TimeProvider clock, IStringLocalizer<WorkflowsText> t) : IAdminDashboardContributor
{
    private const int Shown = 5;

    public async Task<AdminDashboardCard?> BuildAsync(ContentCaller caller, CancellationToken cancellationToken)
    {
        if (!caller.IsAuthenticated)
        {
            return null;
        }

        var tasks = await WorkflowTaskStore.OpenForAsync(database, caller, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = tasks.Take(Shown).Select(task => (task.DueUtc switch
        {
            null => task.Title,
            { } due when due < now => t["{0} — overdue since {1}", task.Title, due.ToLocalTime().ToString("g")].Value,
            { } due => t["{0} — due {1}", task.Title, due.ToLocalTime().ToString("g")].Value,
        }, (string?)$"/admin/workflows/tasks/{task.Id}")).ToList();
        if (tasks.Count > Shown)
        {
            lines.Add((t["All {0} open tasks in the review inbox", tasks.Count.ToString("N0")].Value, "/admin/workflows/inbox"));
        }

        var title = tasks.Count == 0 ? t["My review tasks"].Value : t["My review tasks ({0})", tasks.Count.ToString("N0")].Value;
        return new AdminDashboardCard(title, lines, t["You have no open review tasks."], Order: -10);
    }
}
