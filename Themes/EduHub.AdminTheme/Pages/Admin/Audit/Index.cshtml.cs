using EduHub.Admin;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Audit;

/// <summary>Who did what when, newest first, filtered by user, action, type, item and date range (UTC days, both included).</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ViewAuditLog)]
public sealed class IndexModel(AuditLogReader audit, ContentDefinitionManager definitions, IStringLocalizer<HistoryText> t) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? ContentType { get; set; }

    [BindProperty(SupportsGet = true, Name = "item")]
    public string? ContentItemId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> Actions { get; } = Enum.GetNames<ContentAction>();

    public IReadOnlyList<(string Name, string DisplayName)> Types { get; private set; } = [];

    public IReadOnlyDictionary<string, string> TypeNames { get; private set; } = new Dictionary<string, string>();

    public AuditPage Result { get; private set; } = new([], 0);

    public int PageCount => (int)Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        Types = snapshot.Types.Select(x => (x.Name, x.DisplayName ?? x.Name)).OrderBy(x => x.Item2, StringComparer.CurrentCulture).ToList();
        TypeNames = Types.ToDictionary(x => x.Name, x => x.DisplayName, StringComparer.Ordinal);
        if (!ModelState.IsValid)
        {
            return;
        }

        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError("to", t["The end date must be on or after the start date."]);
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        Result = await audit.QueryAsync(new AuditQuery
        {
            UserName = UserName,
            Action = Action,
            ContentType = ContentType,
            ContentItemId = ContentItemId,
            FromUtc = From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ToUtc = To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Skip = (PageNumber - 1) * PageSize,
            Take = PageSize,
        }, cancellationToken);
    }

    /// <summary>This page's address with the current filters and another page number.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["user"] = UserName, ["action"] = Action, ["type"] = ContentType, ["item"] = ContentItemId,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/audit", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
