namespace EduHub.Core.Data;

/// <summary>
/// The unit of work of one request or job (scoped). Operations join the session that is already open
/// (a recipe runs many saves in one transaction; a GraphQL query runs all its reads on one snapshot) or open,
/// commit and close their own.
/// </summary>
public sealed class DbSessionScope(Database database) : IDisposable
{
    // Resolvers of one GraphQL query may run in parallel; a connection serves one command at a time.
    private readonly SemaphoreSlim _sharedReads = new(1, 1);
    private DbSession? _current;

    public bool IsActive => _current is not null;

    public async Task<T> RunAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_current is { IsReadOnly: true })
        {
            throw new InvalidOperationException("A write was attempted inside a read-only unit of work (e.g. a GraphQL query).");
        }

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

    /// <summary>
    /// Runs <paramref name="work"/> in a write session that is always rolled back (a recipe dry run): every
    /// save inside joins it and sees its own changes; nothing is committed and no after-commit work runs.
    /// </summary>
    public async Task<T> RunAndRollBackAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_current is not null)
        {
            throw new InvalidOperationException("A dry run cannot join a unit of work that is already open.");
        }

        await using var session = await DbSession.BeginAsync(database, cancellationToken);
        _current = session;
        try
        {
            return await work(session);
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
        if (_current is { IsReadOnly: true } shared)
        {
            await _sharedReads.WaitAsync(cancellationToken);
            try
            {
                return await work(shared);
            }
            finally
            {
                _sharedReads.Release();
            }
        }

        if (_current is not null)
        {
            return await work(_current);
        }

        await using var session = await DbSession.BeginAsync(database, cancellationToken, readOnly: true);
        return await work(session);
    }

    /// <summary>
    /// Runs <paramref name="work"/> with one read-only session that every read inside it joins: one connection and
    /// one transaction instead of one per read (a GraphQL query makes several), and one consistent snapshot.
    /// Writes inside it are refused. Joins the current session when one is already open.
    /// </summary>
    public async Task<T> SharedReadAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (_current is not null)
        {
            return await work();
        }

        await using var session = await DbSession.BeginAsync(database, cancellationToken, readOnly: true);
        _current = session;
        try
        {
            return await work();
        }
        finally
        {
            _current = null;
        }
    }

    public void Dispose() => _sharedReads.Dispose();
}
