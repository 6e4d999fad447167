namespace EduHub.Core.Data;

/// <summary>
/// The unit of work of one request or job (scoped). Operations join the session that is already open
/// (a recipe runs many saves in one transaction) or open, commit and close their own.
/// </summary>
public sealed class DbSessionScope(Database database)
{
    private DbSession? _current;

    public bool IsActive => _current is not null;

    public async Task<T> RunAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_current is not null)
        {
            return await work(_current);
        }

        await using var session = await DbSession.BeginAsync(database, cancellationToken);
        _current = session;
        try
        {
            var result = await work(session);
            _current = null;
            await session.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _current = null;
        }
    }

    public Task RunAsync(Func<DbSession, Task> work, CancellationToken cancellationToken) =>
        RunAsync<bool>(async s => { await work(s); return true; }, cancellationToken);

    /// <summary>Reads without a write transaction when no session is open.</summary>
    public async Task<T> ReadAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_current is not null)
        {
            return await work(_current);
        }

        await using var session = await DbSession.BeginAsync(database, cancellationToken, readOnly: true);
        return await work(session);
    }
}
