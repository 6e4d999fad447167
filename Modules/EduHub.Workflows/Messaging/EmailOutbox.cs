using System.Text.Json;
using Dapper;
using EduHub.Core.Data;
using EduHub.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace EduHub.Workflows.Messaging;

/// <summary>
/// E-mails of workflows are written in the run's transaction and sent after it committed: a rolled-back run
/// sends nothing, and a message whose sending was interrupted is picked up again by the background worker.
/// A message is claimed before it is sent, so two nodes never send it twice.
/// </summary>
internal sealed class EmailOutbox(Database database, IEmailSender sender, TimeProvider clock, ILogger<EmailOutbox> logger)
{
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(5);
    private const int MaxAttempts = 5;

    public static async Task<long> EnqueueAsync(DbSession session, EmailMessage message, DateTime now, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO WorkflowOutbox (Kind, Payload, CreatedUtc, Attempts) VALUES ('email', @payload, @now, 0) RETURNING Id",
            new { payload = JsonSerializer.Serialize(message), now }, session.Transaction, cancellationToken: cancellationToken));

    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        List<long> ids;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            ids = (await connection.QueryAsync<long>(new CommandDefinition(
                "SELECT Id FROM WorkflowOutbox WHERE SentUtc IS NULL AND Attempts < @MaxAttempts ORDER BY Id LIMIT 200", new { MaxAttempts }, cancellationToken: cancellationToken))).ToList();
        }

        var sent = 0;
        foreach (var id in ids)
        {
            sent += await DeliverAsync(id, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    public async Task<bool> DeliverAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        string? payload;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var claimed = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE WorkflowOutbox SET ClaimedUtc = @now, Attempts = Attempts + 1 WHERE Id = @id AND SentUtc IS NULL AND (ClaimedUtc IS NULL OR ClaimedUtc < @stale)",
                new { id, now, stale = now - ClaimTimeout }, cancellationToken: cancellationToken));
            if (claimed != 1)
            {
                return false;
            }

            payload = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT Payload FROM WorkflowOutbox WHERE Id = @id", new { id }, cancellationToken: cancellationToken));
        }

        string? error = null;
        try
        {
            await sender.SendAsync(JsonSerializer.Deserialize<EmailMessage>(payload!)!, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Sending workflow e-mail {Id} failed", id);
            error = e.Message;
        }

        await using var done = await database.OpenAsync(cancellationToken);
        await done.ExecuteAsync(new CommandDefinition(
            error is null ? "UPDATE WorkflowOutbox SET SentUtc = @now, Error = NULL WHERE Id = @id" : "UPDATE WorkflowOutbox SET ClaimedUtc = NULL, Error = @error WHERE Id = @id",
            new { id, now = clock.GetUtcNow().UtcDateTime, error }, cancellationToken: cancellationToken));
        return error is null;
    }
}
