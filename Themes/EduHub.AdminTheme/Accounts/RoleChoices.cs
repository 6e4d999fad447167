using EduHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EduHub.AdminTheme.Accounts;

/// <summary>The roles a user can be given: every stored role but the implicit Anonymous and Authenticated.</summary>
public static class RoleChoices
{
    public static bool IsImplicit(string role) =>
        string.Equals(role, RoleNames.Anonymous, StringComparison.OrdinalIgnoreCase) || string.Equals(role, RoleNames.Authenticated, StringComparison.OrdinalIgnoreCase);

    public static async Task<IReadOnlyList<string>> AssignableAsync(EduHubIdentityDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken)).Where(r => !IsImplicit(r)).Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The posted role names that exist, spelled as stored; blanks (a cleared list) and unknown names dropped.</summary>
    public static IReadOnlyList<string> Pick(IEnumerable<string> posted, IReadOnlyList<string> assignable) =>
        [.. posted.Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => assignable.FirstOrDefault(a => string.Equals(a, p.Trim(), StringComparison.OrdinalIgnoreCase)))
            .OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The roles among <paramref name="roles"/> that grant a permission the caller lacks: managing users must not
    /// be a way to give oneself or others more rights than one has (e.g. Administrator).
    /// </summary>
    public static async Task<IReadOnlyList<string>> BeyondCallerAsync(IEnumerable<string> roles, ContentCaller caller, RolePermissionCache cache, CancellationToken cancellationToken)
    {
        var beyond = new List<string>();
        foreach (var role in roles)
        {
            var permissions = await cache.PermissionsOfAsync([role], cancellationToken);
            if (permissions.Any(p => !caller.Has(p)))
            {
                beyond.Add(role);
            }
        }

        return beyond;
    }
}
