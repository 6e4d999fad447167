using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Data;
using EduHub.Workflows.Engine;
using EduHub.Workflows.Models;

namespace EduHub.Workflows.Data;

/// <summary>
/// Workflow types in the database, with the enabled ones cached. The cache is refreshed after an import on
/// this node and at most <see cref="MaxAge"/> later on other nodes.
/// </summary>
internal sealed class WorkflowTypeStore(Database database, WorkflowTypeParserFactory parsers, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    private volatile Snapshot? _cache;

    public async Task<IReadOnlyList<WorkflowType>> EnabledAsync(CancellationToken cancellationToken)
    {
        if (_cache is { } cache && Environment.TickCount64 - cache.LoadedTicks < MaxAge.TotalMilliseconds)
        {
            return cache.Types;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition("SELECT Document FROM WorkflowTypes WHERE IsEnabled = TRUE ORDER BY WorkflowTypeId", cancellationToken: cancellationToken));
        var parser = parsers.Create();
        var types = rows.Select(d => parser.Parse((JsonObject)JsonNode.Parse(d)!).Type).OfType<WorkflowType>().ToList();
        _cache = new Snapshot(types, Environment.TickCount64);
        return types;
    }

    /// <summary>Names of every activity of an enabled type: events nobody listens to cost nothing.</summary>
    public async Task<bool> IsUsedAsync(string activityName, CancellationToken cancellationToken) =>
        (await EnabledAsync(cancellationToken)).Any(t => t.Activities.Any(a => a.Name == activityName));

    public async Task<WorkflowType?> GetAsync(DbSession session, string workflowTypeId, CancellationToken cancellationToken)
    {
        var document = await session.Connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT Document FROM WorkflowTypes WHERE WorkflowTypeId = @workflowTypeId", new { workflowTypeId }, session.Transaction, cancellationToken: cancellationToken));
        return document is null ? null : parsers.Create().Parse((JsonObject)JsonNode.Parse(document)!).Type;
    }

    public async Task<IReadOnlyList<JsonObject>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition("SELECT Document FROM WorkflowTypes ORDER BY Name", cancellationToken: cancellationToken));
        return rows.Select(d => (JsonObject)JsonNode.Parse(d)!).ToList();
    }

    public async Task SaveAsync(DbSession session, WorkflowType type, CancellationToken cancellationToken)
    {
        await session.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO WorkflowTypes (WorkflowTypeId, Name, IsEnabled, Document, ChangedUtc) VALUES (@WorkflowTypeId, @Name, @IsEnabled, @document, @now)
            ON CONFLICT (WorkflowTypeId) DO UPDATE SET Name = excluded.Name, IsEnabled = excluded.IsEnabled, Document = excluded.Document, ChangedUtc = excluded.ChangedUtc
            """,
            new { type.WorkflowTypeId, type.Name, type.IsEnabled, document = type.Json.ToJsonString(), now = clock.GetUtcNow().UtcDateTime },
            session.Transaction, cancellationToken: cancellationToken));
        session.AfterCommit(() =>
        {
            _cache = null;
            return Task.CompletedTask;
        });
    }

    private sealed record Snapshot(IReadOnlyList<WorkflowType> Types, long LoadedTicks);
}
