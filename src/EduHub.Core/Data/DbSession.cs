using System.Data.Common;

namespace EduHub.Core.Data;

/// <summary>A connection with an open transaction. Work registered with <see cref="AfterCommit"/> runs only once it committed.</summary>
public sealed class DbSession : IAsyncDisposable
{
    private readonly List<Func<Task>> _afterCommit = [];
    private readonly SqliteReadConnection? _reader;

    private DbSession(Database database, DbConnection connection, DbTransaction? transaction, bool readOnly, SqliteReadConnection? reader = null)
    {
        _reader = reader;
        IsReadOnly = readOnly;
        Database = database;
        Connection = connection;
        Transaction = transaction;
    }

    public Database Database { get; }

    public DbConnection Connection { get; }

    /// <summary>
    /// The transaction to give commands. Null in an SQLite read session: its connection's kept commands began it
    /// (<see cref="SqliteReadConnection.Begin"/>), and its commands run without a transaction object.
    /// </summary>
    public DbTransaction? Transaction { get; }

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
                reader.Begin();
                return new DbSession(database, reader.Connection, transaction: null, readOnly, reader);
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
            return new SessionCommand(_reader.Command(sql), owned: false);
        }

        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return new SessionCommand(command, owned: true);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (Transaction is null)
        {
            throw new InvalidOperationException("A read session is never committed.");
        }

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
            await Transaction!.DisposeAsync();
            await Connection.DisposeAsync();
            return;
        }

        var reusable = false;
        try
        {
            // A connection closed during the session (by a failure) has no transaction left and is not reused.
            if (Connection.State == System.Data.ConnectionState.Open)
            {
                _reader.RollBack();
                reusable = true;
            }
        }
        finally
        {
            Database.Return(_reader, reusable);
        }
    }
}
