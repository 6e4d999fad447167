using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Dapper;

namespace EduHub.Core.Data;

/// <summary>Named site settings (JSON values) written by the recipe <c>settings</c> step and read by every node.</summary>
public sealed class SiteSettingsStore(Database database, TimeProvider clock)
{
    private volatile Snapshot? _cache;

    public async Task<JsonNode?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var all = _cache ?? await LoadAsync(cancellationToken);
        return all.Values.GetValueOrDefault(name)?.DeepClone();
    }

    /// <summary>
    /// What <paramref name="derive"/> makes of the settings, worked out once per loaded set of settings (again after a
    /// change) instead of on every call: the site's cultures are read by every GraphQL request. <paramref name="derive"/>
    /// gets the stored values themselves (not copies), so it must not change them, and what it returns is shared by
    /// every caller, so it must be immutable. One <paramref name="key"/> per kind of result.
    /// </summary>
    public async Task<T> GetDerivedAsync<T>(string key, Func<Func<string, JsonNode?>, T> derive, CancellationToken cancellationToken = default)
        where T : notnull
    {
        var all = _cache ?? await LoadAsync(cancellationToken);
        // Lazy: derived once even when many requests ask at the same time (nodes read lazily are not safe to share).
        return (T)all.Derived.GetOrAdd(key, _ => new Lazy<object>(() => derive(name => all.Values.GetValueOrDefault(name)))).Value;
    }

    public async Task<string?> GetStringAsync(string name, CancellationToken cancellationToken = default) =>
        await GetAsync(name, cancellationToken) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public async Task SetAsync(DbSession session, string name, JsonNode? value, CancellationToken cancellationToken)
    {
        await session.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO SiteSettings (Name, Value, ChangedUtc) VALUES (@name, @value, @now)
            ON CONFLICT (Name) DO UPDATE SET Value = excluded.Value, ChangedUtc = excluded.ChangedUtc
            """,
            new { name, value = value?.ToJsonString() ?? "null", now = clock.GetUtcNow().UtcDateTime },
            session.Transaction, cancellationToken: cancellationToken));
        session.AfterCommit(() =>
        {
            _cache = null;
            return Task.CompletedTask;
        });
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Name, string Value)>(new CommandDefinition("SELECT Name, Value FROM SiteSettings", cancellationToken: cancellationToken));
        var all = new Snapshot(rows.ToDictionary(r => r.Name, r => JsonNode.Parse(r.Value), StringComparer.Ordinal));
        _cache = all;
        return all;
    }

    private sealed record Snapshot(Dictionary<string, JsonNode?> Values)
    {
        public ConcurrentDictionary<string, Lazy<object>> Derived { get; } = new(StringComparer.Ordinal);
    }
}
