using Dapper;
using EduHub.Core.Data;

namespace EduHub.Core.Security;

/// <summary>Role → permissions, read from Identity's role claims and cached until roles change.</summary>
public sealed class RolePermissionCache(Database database)
{
    private volatile IReadOnlyDictionary<string, HashSet<string>>? _roles;

    public async Task<IReadOnlySet<string>> PermissionsOfAsync(IEnumerable<string> roleNames, CancellationToken cancellationToken)
    {
        var roles = _roles ?? await LoadAsync(cancellationToken);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roleNames)
        {
            if (roles.TryGetValue(role, out var permissions))
            {
                result.UnionWith(permissions);
            }
        }

        return result;
    }

    public void Invalidate() => _roles = null;

    private async Task<IReadOnlyDictionary<string, HashSet<string>>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Role, string? Permission)>(new CommandDefinition(
            """SELECT r."Name", c."ClaimValue" FROM "AspNetRoles" r LEFT JOIN "AspNetRoleClaims" c ON c."RoleId" = r."Id" AND c."ClaimType" = @type""",
            new { type = EduHubIdentityDbContext.PermissionClaimType }, cancellationToken: cancellationToken));
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (role, permission) in rows)
        {
            if (!roles.TryGetValue(role, out var set))
            {
                roles[role] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            if (permission is not null)
            {
                set.Add(permission);
            }
        }

        _roles = roles;
        return roles;
    }
}
