using System.Text.Json.Nodes;
using Dapper;

namespace EduHub.Core.Data;

/// <summary>Named site settings (JSON values) written by the recipe <c>settings</c> step and read by every node.</summary>
public sealed class SiteSettingsStore(Database database, TimeProvider clock)
{
    private volatile Dictionary<string, JsonNode?>? _cache;

    public async Task<JsonNode?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var all = _cache ?? await LoadAsync(cancellationToken);
        return all.GetValueOrDefault(name)?.DeepClone();
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

    private async Task<Dictionary<string, JsonNode?>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Name, string Value)>(new CommandDefinition("SELECT Name, Value FROM SiteSettings", cancellationToken: cancellationToken));
        var all = rows.ToDictionary(r => r.Name, r => JsonNode.Parse(r.Value), StringComparer.Ordinal);
        _cache = all;
        return all;
    }
}
