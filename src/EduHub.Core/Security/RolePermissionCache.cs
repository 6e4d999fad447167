using Dapper;
using EduHub.Core.Data;

namespace EduHub.Core.Security;

/// <summary>
/// Role → permissions, read from Identity's role claims and cached per node. A change bumps the <c>roles</c>
/// generation in the database: this node reloads at once, other nodes within <see cref="RecheckInterval"/>.
/// </summary>
public sealed class RolePermissionCache(Database database, CacheGenerations generations, TimeProvider clock)
{
    public const string GenerationName = "roles";

    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private volatile Snapshot? _snapshot;

    public async Task<IReadOnlySet<string>> PermissionsOfAsync(IEnumerable<string> roleNames, CancellationToken cancellationToken)
    {
        var roles = await CurrentAsync(cancellationToken);
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

    /// <summary>Call after changing roles or their permissions outside a session: every node reloads.</summary>
    public async Task InvalidateAsync(CancellationToken cancellationToken)
    {
        await generations.BumpAsync(GenerationName, cancellationToken);
        _snapshot = null;
    }

    /// <summary>Call after changing roles inside the session: the generation moves with the change's commit.</summary>
    public async Task InvalidateAsync(DbSession session, CancellationToken cancellationToken)
    {
        await CacheGenerations.BumpAsync(session, GenerationName, cancellationToken);
        session.AfterCommit(() =>
        {
            _snapshot = null;
            return Task.CompletedTask;
        });
    }

    private async Task<IReadOnlyDictionary<string, HashSet<string>>> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var snapshot = _snapshot;
        if (snapshot is not null && now - snapshot.CheckedAt < RecheckInterval)
        {
            return snapshot.Roles;
        }

        // The generation is read before the roles: a change committed in between leaves a newer generation
        // behind, so the next check reloads again rather than keeping the old roles.
        var generation = await generations.GetAsync(GenerationName, cancellationToken);
        var roles = snapshot is not null && snapshot.Generation == generation ? snapshot.Roles : await LoadAsync(cancellationToken);
        _snapshot = new Snapshot(generation, roles, now);
        return roles;
    }

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

        return roles;
    }

    private sealed record Snapshot(long Generation, IReadOnlyDictionary<string, HashSet<string>> Roles, DateTimeOffset CheckedAt);
}
