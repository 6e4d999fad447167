using System.Data.Common;

namespace EduHub.Core.Data;

/// <summary>A connection with an open transaction. Work registered with <see cref="AfterCommit"/> runs only once it committed.</summary>
public sealed class DbSession : IAsyncDisposable
{
    private readonly List<Func<Task>> _afterCommit = [];
    private readonly SqliteReadConnection? _reader;

    private DbSession(Database database, DbConnection connection, DbTransaction transaction, bool readOnly, SqliteReadConnection? reader = null)
    {
        _reader = reader;
        IsReadOnly = readOnly;
        Database = database;
        Connection = connection;
        Transaction = transaction;
    }

    public Database Database { get; }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public SqlDialect Dialect => Database.Dialect;

    /// <summary>True for a session opened for reading only (never committed, never joined by a write).</summary>
    public bool IsReadOnly { get; }

    /// <summary>Per-session memo (e.g. taxonomy terms already loaded), dropped with the session.</summary>
    public Dictionary<string, object> Items { get; } = new(StringComparer.Ordinal);

    /// <param name="readOnly">
    /// On SQLite a write transaction takes the write lock at once (BEGIN IMMEDIATE, so two writers never
    /// dead-lock on lock upgrade); readers use a deferred transaction and never wait for writers.
    /// </param>
    public static async Task<DbSession> BeginAsync(Database database, CancellationToken cancellationToken, bool readOnly = false)
    {
        if (readOnly && database.Provider == DatabaseProvider.Sqlite)
        {
            var reader = await database.RentReaderAsync(cancellationToken);
            try
            {
                return new DbSession(database, reader.Connection, reader.Connection.BeginTransaction(deferred: true), readOnly, reader);
            }
            catch
            {
                database.Return(reader, reusable: false);
                throw;
            }
        }

        var connection = readOnly ? await database.OpenForReadingAsync(cancellationToken) : await database.OpenAsync(cancellationToken);
        try
        {
            var transaction = connection is Microsoft.Data.Sqlite.SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: readOnly)
                : await connection.BeginTransactionAsync(cancellationToken);
            return new DbSession(database, connection, transaction, readOnly);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void AfterCommit(Func<Task> action) => _afterCommit.Add(action);

    /// <summary>
    /// A command for <paramref name="sql"/> in this session's transaction, without parameters. On an SQLite read
    /// session it is the connection's own command for that text, already prepared when the text ran before
    /// (<see cref="SqliteReadConnection"/>): dispose the lease, not the command, and do not keep it.
    /// </summary>
    public SessionCommand Command(string sql)
    {
        if (_reader is not null)
        {
            var cached = _reader.Command(sql);
            cached.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)Transaction;
            return new SessionCommand(cached, owned: false);
        }

        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return new SessionCommand(command, owned: true);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Transaction.CommitAsync(cancellationToken);
        foreach (var action in _afterCommit)
        {
            await action();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_reader is null)
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
            return;
        }

        var reusable = false;
        try
        {
            await Transaction.DisposeAsync();
            reusable = Connection.State == System.Data.ConnectionState.Open;
        }
        finally
        {
            Database.Return(_reader, reusable);
        }
    }
}
