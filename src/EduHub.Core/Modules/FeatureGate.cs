using Dapper;
using EduHub.Core.Data;

namespace EduHub.Core.Modules;

/// <summary>
/// Which features are on, from the Features table (recipe <c>feature</c> step). Core services are always
/// on; a module's services count only while its feature is enabled. Cached; refreshed after a change.
/// </summary>
public sealed class FeatureGate(ModuleCatalog catalog, Database database, TimeProvider clock)
{
    private const string PendingKey = "EnabledFeatures";

    private volatile HashSet<string>? _enabled;

    public bool IsEnabledIn(DbSession session, string featureId) =>
        session.Items.TryGetValue(PendingKey, out var pending) ? ((HashSet<string>)pending).Contains(featureId) : IsEnabled(featureId);

    public async Task<IReadOnlySet<string>> EnabledAsync(CancellationToken cancellationToken = default)
    {
        if (_enabled is { } enabled)
        {
            return enabled;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition("SELECT Id FROM Features WHERE Enabled = TRUE", cancellationToken: cancellationToken));
        _enabled = [.. rows.Where(id => catalog.Find(id) is not null)];
        return _enabled;
    }

    /// <summary>Synchronous check for hot paths; features load once at start (see <see cref="EnabledAsync"/>).</summary>
    public bool IsEnabled(string featureId) => (_enabled ?? EnabledAsync().GetAwaiter().GetResult()).Contains(featureId);

    public bool IsActive(object service) => catalog.OwnerOf(service.GetType()) is not { } owner || IsEnabled(owner.Manifest.Id);

    public IEnumerable<T> Active<T>(IEnumerable<T> services) where T : notnull => services.Where(s => IsActive(s));

    /// <summary>Active services as seen inside a session that may have switched features on or off (recipes).</summary>
    public IEnumerable<T> Active<T>(IEnumerable<T> services, DbSession session) where T : notnull
    {
        if (!session.Items.TryGetValue(PendingKey, out var pending))
        {
            return Active(services);
        }

        var enabled = (HashSet<string>)pending;
        return services.Where(s => catalog.OwnerOf(s.GetType()) is not { } owner || enabled.Contains(owner.Manifest.Id));
    }

    public async Task SetAsync(DbSession session, string featureId, bool enabled, CancellationToken cancellationToken)
    {
        if (!session.Items.TryGetValue(PendingKey, out var pending))
        {
            pending = new HashSet<string>(await EnabledAsync(cancellationToken), StringComparer.Ordinal);
            session.Items[PendingKey] = pending;
        }

        if (enabled)
        {
            ((HashSet<string>)pending).Add(featureId);
        }
        else
        {
            ((HashSet<string>)pending).Remove(featureId);
        }

        await session.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO Features (Id, Enabled, ChangedUtc) VALUES (@featureId, @enabled, @now)
            ON CONFLICT (Id) DO UPDATE SET Enabled = excluded.Enabled, ChangedUtc = excluded.ChangedUtc
            """,
            new { featureId, enabled, now = clock.GetUtcNow().UtcDateTime }, session.Transaction, cancellationToken: cancellationToken));
        session.AfterCommit(async () =>
        {
            _enabled = null;
            await EnabledAsync(CancellationToken.None);
        });
    }
}
