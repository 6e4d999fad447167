using Dapper;
using EduHub.Core.Data;

namespace EduHub.Workflows.Data;

/// <summary>The review steps of items, oldest first.</summary>
internal static class ReviewHistoryStore
{
    public const string InitialState = "draft";

    public static async Task<string> CurrentStateAsync(DbSession session, string contentItemId, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT ToState FROM ReviewHistory WHERE ContentItemId = @contentItemId ORDER BY Id DESC LIMIT 1", new { contentItemId }, session.Transaction, cancellationToken: cancellationToken))
        ?? InitialState;

    public static Task AddAsync(DbSession session, string contentItemId, string? contentType, DateTime utc, string? userName, string action, string? fromState, string? toState, string? instanceId, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO ReviewHistory (ContentItemId, ContentType, Utc, UserName, Action, Comment, FromState, ToState, InstanceId)
            VALUES (@contentItemId, @contentType, @utc, @userName, @action, NULL, @fromState, @toState, @instanceId)
            """,
            new { contentItemId, contentType, utc, userName, action, fromState, toState, instanceId }, session.Transaction, cancellationToken: cancellationToken));

    public static async Task<IReadOnlyList<ReviewStep>> ListAsync(Database database, string contentItemId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT Utc, UserName, Action, Comment, FromState, ToState FROM ReviewHistory WHERE ContentItemId = @contentItemId ORDER BY Id",
            new { contentItemId }, cancellationToken: cancellationToken));
        return rows.Select(r => new ReviewStep(Columns.Utc(r.Utc), r.UserName, r.Action, r.Comment, r.FromState, r.ToState)).ToList();
    }

    private sealed class Row
    {
        public object Utc { get; set; } = "";

        public string? UserName { get; set; }

        public string Action { get; set; } = "";

        public string? Comment { get; set; }

        public string? FromState { get; set; }

        public string? ToState { get; set; }
    }
}

internal sealed record ReviewStep(DateTime Utc, string? UserName, string Action, string? Comment, string? FromState, string? ToState);
