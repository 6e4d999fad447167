using EduHub.Admin;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EduHub.AdminTheme.Pages.Admin.Users;

/// <summary>Users with their roles and status, searchable by user name or e-mail, 25 a page.</summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.ManageUsers)]
public sealed class IndexModel(EduHubIdentityDbContext db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(string Id, string UserName, string? Email, bool IsEnabled, bool TwoFactorEnabled, DateTime CreatedUtc, IReadOnlyList<string> Roles);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    // "page" is Razor Pages' own route value: the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            // The normalized columns are upper-cased by Identity: a case-insensitive search on every database.
            var term = Search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(term) || u.NormalizedEmail!.Contains(term));
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var users = await query.OrderBy(u => u.NormalizedUserName).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        Rows = [.. users.Select(u => new Row(u.Id, u.UserName ?? "", u.Email, u.IsEnabled, u.TwoFactorEnabled, u.CreatedUtc,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal)]))];
    }

    public string PageUrl(int page)
    {
        var query = string.IsNullOrWhiteSpace(Search) ? QueryString.Empty : QueryString.Create("q", Search);
        return "/admin/users" + query.Add("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
