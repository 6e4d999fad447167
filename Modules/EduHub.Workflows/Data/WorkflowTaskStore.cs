using System.Text.Json;
using Dapper;
using EduHub.Core.Data;
using EduHub.Core.Security;
using EduHub.Workflows.Models;

namespace EduHub.Workflows.Data;

/// <summary>The task inbox rows.</summary>
internal static class WorkflowTaskStore
{
    private const string Select = "SELECT Id, InstanceId, ActivityId, ContentItemId, ContentType, Title, Actions, Roles, AssignedUser, DueUtc, CreatedUtc, Status, CompletedBy, CompletedAction, Comment, CompletedUtc FROM WorkflowTasks";

    public static Task InsertAsync(DbSession session, WorkflowTask task, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO WorkflowTasks (Id, InstanceId, ActivityId, ContentItemId, ContentType, Title, Actions, Roles, AssignedUser, DueUtc, CreatedUtc, Status)
            VALUES (@Id, @InstanceId, @ActivityId, @ContentItemId, @ContentType, @Title, @actions, @roles, @AssignedUser, @DueUtc, @CreatedUtc, @Status)
            """,
            new
            {
                task.Id, task.InstanceId, task.ActivityId, task.ContentItemId, task.ContentType, task.Title,
                actions = JsonSerializer.Serialize(task.Actions), roles = JsonSerializer.Serialize(task.Roles), task.AssignedUser, task.DueUtc, task.CreatedUtc, task.Status,
            },
            session.Transaction, cancellationToken: cancellationToken));

    public static async Task<WorkflowTask?> GetAsync(DbSession session, string id, CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<Row>(new CommandDefinition($"{Select} WHERE Id = @id", new { id }, session.Transaction, cancellationToken: cancellationToken)))
        .Select(r => r.ToTask()).FirstOrDefault();

    public static async Task<WorkflowTask?> GetAsync(Database database, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Row>(new CommandDefinition($"{Select} WHERE Id = @id", new { id }, cancellationToken: cancellationToken))).Select(r => r.ToTask()).FirstOrDefault();
    }

    /// <summary>Open tasks for the caller: assigned to them, or to one of their roles (administrators see all).</summary>
    public static async Task<IReadOnlyList<WorkflowTask>> OpenForAsync(Database database, ContentCaller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"{Select} WHERE Status = 'Open' ORDER BY DueUtc, CreatedUtc", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToTask()).Where(t => MayComplete(t, caller)).ToList();
    }

    public static bool MayComplete(WorkflowTask task, ContentCaller caller) =>
        caller.IsSystem || caller.Has(CorePermissions.SiteOwner)
        || (caller.UserName is not null && string.Equals(task.AssignedUser, caller.UserName, StringComparison.Ordinal))
        || task.Roles.Any(r => caller.Roles.Contains(r));

    public static async Task CompleteAsync(DbSession session, string id, string userName, string action, string? comment, DateTime now, CancellationToken cancellationToken)
    {
        var updated = await session.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE WorkflowTasks SET Status = 'Completed', CompletedBy = @userName, CompletedAction = @action, Comment = @comment, CompletedUtc = @now WHERE Id = @id AND Status = 'Open'",
            new { id, userName, action, comment, now }, session.Transaction, cancellationToken: cancellationToken));
        if (updated != 1)
        {
            throw new System.Data.DBConcurrencyException($"Task {id} was decided meanwhile.");
        }
    }

    /// <summary>Open tasks of the instance that it no longer waits on (another branch decided, the instance ended).</summary>
    public static Task CancelStaleAsync(DbSession session, string instanceId, IReadOnlyCollection<string> stillOpen, DateTime now, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE WorkflowTasks SET Status = 'Canceled', CompletedUtc = @now WHERE InstanceId = @instanceId AND Status = 'Open'"
            + (stillOpen.Count == 0 ? "" : " AND NOT (" + session.Dialect.In("Id", "@stillOpen") + ")"),
            new { instanceId, stillOpen = stillOpen.ToArray(), now }, session.Transaction, cancellationToken: cancellationToken));

    private sealed class Row
    {
        public string Id { get; set; } = "";

        public string InstanceId { get; set; } = "";

        public string ActivityId { get; set; } = "";

        public string? ContentItemId { get; set; }

        public string? ContentType { get; set; }

        public string Title { get; set; } = "";

        public string Actions { get; set; } = "[]";

        public string Roles { get; set; } = "[]";

        public string? AssignedUser { get; set; }

        public object? DueUtc { get; set; }

        public object CreatedUtc { get; set; } = "";

        public string Status { get; set; } = "";

        public string? CompletedBy { get; set; }

        public string? CompletedAction { get; set; }

        public string? Comment { get; set; }

        public object? CompletedUtc { get; set; }

        public WorkflowTask ToTask() => new(Id, InstanceId, ActivityId, ContentItemId, ContentType, Title,
            JsonSerializer.Deserialize<List<string>>(Actions) ?? [], JsonSerializer.Deserialize<List<string>>(Roles) ?? [], AssignedUser,
            Columns.NullableUtc(DueUtc), Columns.Utc(CreatedUtc), Status, CompletedBy, CompletedAction, Comment, Columns.NullableUtc(CompletedUtc));
    }
}
