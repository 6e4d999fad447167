using System.Data;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Data;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Models;

namespace EduHub.Workflows.Data;

/// <summary>
/// Instances as rows: searchable columns (status, correlation, what they wait on, when they are due) and the
/// rest as JSON. Every change is written under the row lock taken by <see cref="LockAsync"/> and checked
/// against the version read (optimistic concurrency as a second guard).
/// </summary>
internal sealed class WorkflowInstanceStore
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = null };

    /// <summary>Starts a new instance. False when a singleton instance for the same correlation is already running.</summary>
    public static async Task<bool> TryInsertAsync(DbSession session, WorkflowInstance instance, string? singletonKey, CancellationToken cancellationToken)
    {
        if (singletonKey is not null && await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM WorkflowInstances WHERE SingletonKey = @singletonKey", new { singletonKey }, session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            return false;
        }

        // ON CONFLICT instead of catching the unique violation: a failed statement would abort a PostgreSQL transaction.
        var inserted = await session.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO WorkflowInstances (Id, WorkflowTypeId, CorrelationId, Status, BlockingNames, NextDueUtc, SingletonKey, State, Error, CreatedUtc, UpdatedUtc, Version)
            VALUES (@Id, @WorkflowTypeId, @CorrelationId, @Status, NULL, NULL, @singletonKey, @state, NULL, @CreatedUtc, @UpdatedUtc, 1)
            ON CONFLICT (SingletonKey) DO NOTHING
            """,
            new { instance.Id, instance.WorkflowTypeId, instance.CorrelationId, Status = instance.Status.ToString(), singletonKey, state = StateJson(instance), instance.CreatedUtc, instance.UpdatedUtc },
            session.Transaction, cancellationToken: cancellationToken));
        instance.Version = 1;
        return inserted == 1;
    }

    /// <summary>Reads the instance and locks its row until the transaction ends (SQLite: the write transaction already holds the database).</summary>
    public static async Task<WorkflowInstance?> LockAsync(DbSession session, string id, CancellationToken cancellationToken)
    {
        var forUpdate = session.Dialect.Provider == DatabaseProvider.Postgres ? " FOR UPDATE" : "";
        var row = await session.Connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT Id, WorkflowTypeId, CorrelationId, Status, State, Error, CreatedUtc, UpdatedUtc, Version FROM WorkflowInstances WHERE Id = @id{forUpdate}",
            new { id }, session.Transaction, cancellationToken: cancellationToken));
        return row?.ToInstance();
    }

    public static async Task<WorkflowInstance?> GetAsync(Database database, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT Id, WorkflowTypeId, CorrelationId, Status, State, Error, CreatedUtc, UpdatedUtc, Version FROM WorkflowInstances WHERE Id = @id",
            new { id }, cancellationToken: cancellationToken));
        return row?.ToInstance();
    }

    public static async Task SaveAsync(DbSession session, WorkflowInstance instance, bool singleton, CancellationToken cancellationToken)
    {
        var running = instance.Status is WorkflowStatus.Halted or WorkflowStatus.Executing or WorkflowStatus.Idle or WorkflowStatus.Faulted;
        var updated = await session.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE WorkflowInstances SET Status = @status, BlockingNames = @blocking, NextDueUtc = @due, State = @state, Error = @Error, UpdatedUtc = @UpdatedUtc,
                   SingletonKey = CASE WHEN @running THEN SingletonKey ELSE NULL END, Version = Version + 1
            WHERE Id = @Id AND Version = @Version
            """,
            new
            {
                status = instance.Status.ToString(),
                blocking = instance.Blocking.Count == 0 ? null : "|" + string.Join("|", instance.Blocking.Select(b => b.Name).Distinct()) + "|",
                due = instance.NextDueUtc,
                state = StateJson(instance),
                instance.Error,
                instance.UpdatedUtc,
                running = running && singleton,
                instance.Id,
                instance.Version,
            },
            session.Transaction, cancellationToken: cancellationToken));
        if (updated != 1)
        {
            throw new DBConcurrencyException($"Workflow instance {instance.Id} changed meanwhile.");
        }

        instance.Version++;
    }

    public static Task DeleteAsync(DbSession session, string id, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition("DELETE FROM WorkflowInstances WHERE Id = @id", new { id }, session.Transaction, cancellationToken: cancellationToken));

    /// <summary>Ids of halted instances waiting on the event (for one correlation when given).</summary>
    public static async Task<IReadOnlyList<string>> WaitingOnAsync(Database database, string eventName, string? correlationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT Id FROM WorkflowInstances WHERE Status = 'Halted' AND BlockingNames LIKE @pattern" + (correlationId is null ? "" : " AND CorrelationId = @correlationId") + " ORDER BY CreatedUtc",
            new { pattern = $"%|{eventName}|%", correlationId }, cancellationToken: cancellationToken));
        return ids.ToList();
    }

    public static async Task<IReadOnlyList<string>> DueAsync(Database database, DateTime now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT Id FROM WorkflowInstances WHERE Status = 'Halted' AND NextDueUtc <= @now ORDER BY NextDueUtc LIMIT 500", new { now }, cancellationToken: cancellationToken));
        return ids.ToList();
    }

    public static async Task<IReadOnlyList<InstanceSummary>> ListAsync(Database database, string? status, string? correlationId, int take, CancellationToken cancellationToken) =>
        await ListAsync(database, status, correlationId, null, take, cancellationToken);

    public static async Task<IReadOnlyList<InstanceSummary>> ListAsync(Database database, string? status, string? correlationId, string? workflowTypeId, int take, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT Id, WorkflowTypeId, CorrelationId, Status, State, Error, CreatedUtc, UpdatedUtc, Version FROM WorkflowInstances WHERE 1 = 1"
            + (status is null ? "" : " AND Status = @status") + (correlationId is null ? "" : " AND CorrelationId = @correlationId")
            + (workflowTypeId is null ? "" : " AND WorkflowTypeId = @workflowTypeId") + " ORDER BY UpdatedUtc DESC LIMIT @take",
            new { status, correlationId, workflowTypeId, take }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToInstance()).Select(i => new InstanceSummary(i.Id, i.WorkflowTypeId, i.CorrelationId, i.Status.ToString(), i.Blocking.Select(b => b.Name).ToList(), i.Error, i.CreatedUtc, i.UpdatedUtc)).ToList();
    }

    /// <summary>Deletes finished (or aborted) instances last changed before <paramref name="olderThan"/>.</summary>
    public static async Task<int> TrimAsync(Database database, DateTime olderThan, IReadOnlyCollection<string>? onlyTypes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var typeFilter = onlyTypes is null ? "" : " AND " + database.Dialect.In("WorkflowTypeId", "@onlyTypes");
        return await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM WorkflowInstances WHERE Status IN ('Finished', 'Aborted') AND UpdatedUtc < @olderThan{typeFilter}",
            new { olderThan, onlyTypes = onlyTypes?.ToArray() }, cancellationToken: cancellationToken));
    }

    private static string StateJson(WorkflowInstance instance) => new JsonObject
    {
        ["Blocking"] = JsonSerializer.SerializeToNode(instance.Blocking, JsonOptions),
        ["Input"] = instance.Input.DeepClone(),
        ["Properties"] = instance.Properties.DeepClone(),
        ["Output"] = instance.Output.DeepClone(),
        ["Executed"] = JsonSerializer.SerializeToNode(instance.Executed, JsonOptions),
        ["FaultedActivityId"] = instance.FaultedActivityId,
    }.ToJsonString();

    private sealed class Row
    {
        public string Id { get; set; } = "";

        public string WorkflowTypeId { get; set; } = "";

        public string? CorrelationId { get; set; }

        public string Status { get; set; } = "";

        public string State { get; set; } = "{}";

        public string? Error { get; set; }

        public object CreatedUtc { get; set; } = "";

        public object UpdatedUtc { get; set; } = "";

        public long Version { get; set; }

        public WorkflowInstance ToInstance()
        {
            var state = (JsonObject)JsonNode.Parse(State)!;
            return new WorkflowInstance
            {
                Id = Id,
                WorkflowTypeId = WorkflowTypeId,
                CorrelationId = CorrelationId,
                Status = Enum.Parse<WorkflowStatus>(Status),
                Blocking = state["Blocking"]?.Deserialize<List<BlockingActivity>>(JsonOptions) ?? [],
                Input = state["Input"] as JsonObject is { } input ? (JsonObject)input.DeepClone() : [],
                Properties = state["Properties"] as JsonObject is { } properties ? (JsonObject)properties.DeepClone() : [],
                Output = state["Output"] as JsonObject is { } output ? (JsonObject)output.DeepClone() : [],
                Executed = state["Executed"]?.Deserialize<List<ExecutedActivity>>(JsonOptions) ?? [],
                FaultedActivityId = state["FaultedActivityId"]?.GetValue<string>(),
                Error = Error,
                CreatedUtc = Columns.Utc(CreatedUtc),
                UpdatedUtc = Columns.Utc(UpdatedUtc),
                Version = Version,
            };
        }
    }
}

internal sealed record InstanceSummary(string Id, string WorkflowTypeId, string? CorrelationId, string Status, IReadOnlyList<string> BlockingActivities, string? Error, DateTime CreatedUtc, DateTime UpdatedUtc);
