using System.Threading.Channels;
using Dapper;
using EduHub.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduHub.Core.Messaging;

/// <summary>
/// A durable queue of slow reactions in the database (architecture: "slow reactions are picked up from the
/// database by background workers"). <see cref="EnqueueAsync(string, string, CancellationToken)"/> only inserts a
/// row; <see cref="OutboxWorker"/> on some node claims it (optimistically, so each message runs on one node at a
/// time), hands it to the <see cref="IOutboxHandler"/> of its kind and deletes it, or retries later with back-off.
/// </summary>
public sealed class Outbox(Database database, IServiceProvider services, TimeProvider clock, ILogger<Outbox> logger)
{
    public const int MaxAttempts = 8;

    /// <summary>How long a claimed message is left to its node before another may take it over.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(5);

    private const int Batch = 20;

    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public async Task EnqueueAsync(string kind, string payload, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, Row(kind, payload), cancellationToken: cancellationToken));
        _signal.Writer.TryWrite(true);
    }

    /// <summary>Enqueues inside the session: the message exists only if the session commits.</summary>
    public async Task EnqueueAsync(DbSession session, string kind, string payload, CancellationToken cancellationToken)
    {
        await session.Connection.ExecuteAsync(new CommandDefinition(InsertSql, Row(kind, payload), session.Transaction, cancellationToken: cancellationToken));
        session.AfterCommit(() =>
        {
            _signal.Writer.TryWrite(true);
            return Task.CompletedTask;
        });
    }

    /// <summary>Messages not yet carried out (waiting, claimed or retrying), given-up ones excluded.</summary>
    public async Task<int> PendingAsync(string? kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForReadingAsync(cancellationToken);
        var sql = "SELECT COUNT(*) FROM Outbox WHERE FailedUtc IS NULL" + (kind is null ? "" : " AND Kind = @kind");
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, new { kind }, cancellationToken: cancellationToken));
    }

    /// <summary>Carries out the due messages; returns how many this call claimed.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        List<DueMessage> due;
        await using (var connection = await database.OpenForReadingAsync(cancellationToken))
        {
            due = [.. await connection.QueryAsync<DueMessage>(new CommandDefinition(
                $"""
                SELECT Id, Kind, Payload, Attempts FROM Outbox
                WHERE FailedUtc IS NULL AND DueUtc <= @now AND (ClaimedUntilUtc IS NULL OR ClaimedUntilUtc < @now)
                ORDER BY Id LIMIT {Batch}
                """,
                new { now = Now() }, cancellationToken: cancellationToken))];
        }

        var claimed = 0;
        foreach (var message in due)
        {
            if (await ClaimAsync(message.Id, cancellationToken))
            {
                claimed++;
                await RunAsync(message.Id, message.Kind, message.Payload, message.Attempts + 1, cancellationToken);
            }
        }

        return claimed;
    }

    /// <summary>Waits until a message is enqueued on this node or <paramref name="interval"/> passes on the injected clock.</summary>
    public async Task WaitForWorkAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _signal.Reader.WaitToReadAsync(wait.Token).AsTask();
        var elapsed = Task.Delay(interval, clock, wait.Token);
        await Task.WhenAny(signalled, elapsed);
        await wait.CancelAsync();
        _signal.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private const string InsertSql =
        "INSERT INTO Outbox (Kind, Payload, CreatedUtc, DueUtc, Attempts) VALUES (@kind, @payload, @now, @now, 0)";

    private object Row(string kind, string payload) => new { kind, payload, now = Now() };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private async Task<bool> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var now = Now();
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE Outbox SET ClaimedUntilUtc = @until, Attempts = Attempts + 1
            WHERE Id = @id AND FailedUtc IS NULL AND (ClaimedUntilUtc IS NULL OR ClaimedUntilUtc < @now)
            """,
            new { id, now, until = now + ClaimTimeout }, cancellationToken: cancellationToken)) == 1;
    }

    private async Task RunAsync(long id, string kind, string payload, int attempt, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IOutboxHandler>().LastOrDefault(h => h.Kind == kind)
                ?? throw new InvalidOperationException($"No outbox handler for '{kind}' on this node.");
            await handler.HandleAsync(payload, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The node is stopping: give the message back at once instead of holding the claim until it times out.
            await using var release = await database.OpenAsync(CancellationToken.None);
            await release.ExecuteAsync(new CommandDefinition(
                "UPDATE Outbox SET ClaimedUntilUtc = NULL, Attempts = Attempts - 1 WHERE Id = @id", new { id }, cancellationToken: CancellationToken.None));
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Outbox message {Id} ({Kind}) failed, attempt {Attempt} of {Max}", id, kind, attempt, MaxAttempts);
            error = e.GetType().Name + ": " + e.Message;
        }

        await using var connection = await database.OpenAsync(CancellationToken.None);
        if (error is null)
        {
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM Outbox WHERE Id = @id", new { id }, cancellationToken: CancellationToken.None));
            return;
        }

        // Back-off 1, 2, 4, ... minutes; after the last attempt the row stays, marked failed, for the operators.
        var now = Now();
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE Outbox SET ClaimedUntilUtc = NULL, DueUtc = @due, LastError = @error, FailedUtc = @failed WHERE Id = @id",
            new { id, error, due = now + TimeSpan.FromMinutes(1 << Math.Min(attempt - 1, 10)), failed = attempt >= MaxAttempts ? now : (DateTime?)null },
            cancellationToken: CancellationToken.None));
    }

    private sealed class DueMessage
    {
        public long Id { get; set; }

        public string Kind { get; set; } = "";

        public string Payload { get; set; } = "";

        public int Attempts { get; set; }
    }
}
