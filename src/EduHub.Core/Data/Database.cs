using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EduHub.Core.Data;

/// <summary>Opens connections to the configured database. One instance per process (and per test host).</summary>
public sealed class Database : IAsyncDisposable
{
    // Idle read connections kept open beyond this many are closed when given back.
    private const int MaxIdleReaders = 16;

    private readonly NpgsqlDataSource? _postgres;
    private readonly ConcurrentBag<SqliteReadConnection> _idleReaders = [];

    // Read connections are pooled here, with their commands; Microsoft.Data.Sqlite's own pool is off for them, so a
    // closed one really closes, and SQLite rolls back the transaction its kept commands began (SqliteReadConnection).
    // Pooled by the driver, the handle would go back still inside that transaction, and the next open would get it.
    private string? _readerConnectionString;
    private bool _disposed;

    public Database(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Dialect = provider == DatabaseProvider.Postgres ? SqlDialect.Postgres : SqlDialect.Sqlite;
        if (provider == DatabaseProvider.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(connectionString);
        }
        else
        {
            // Before this database's first connection; a PostgreSQL host never loads SQLite at all.
            _ = SqliteProcessSettings.Apply();
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public SqlDialect Dialect { get; }

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => OpenAsync(readOnly: false, cancellationToken);

    /// <summary>
    /// A connection only read from skips the per-open PRAGMAs on SQLite: they matter for writers (durability, lock
    /// waits, foreign keys), a WAL reader does not need them (Microsoft.Data.Sqlite retries a busy read within the
    /// command timeout), and three statements per open were a third of the statements of a GraphQL list query.
    /// </summary>
    public Task<DbConnection> OpenForReadingAsync(CancellationToken cancellationToken = default) => OpenAsync(readOnly: true, cancellationToken);

    private async Task<DbConnection> OpenAsync(bool readOnly, CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (readOnly)
        {
            return connection;
        }

        await using var pragma = connection.CreateCommand();

        // WAL lets readers run beside the single writer; NORMAL sync is durable with WAL except on power loss.
        pragma.CommandText = "PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>An open SQLite read connection from the pool (opened when none is idle). Give it back with <see cref="Return"/>.</summary>
    internal async Task<SqliteReadConnection> RentReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idleReaders.TryTake(out var reader))
        {
            return reader;
        }

        var connection = new SqliteConnection(_readerConnectionString ??= new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return new SqliteReadConnection(connection);
    }

    /// <summary>Gives a read connection back; <paramref name="reusable"/> false (it failed mid-session) closes it instead.</summary>
    internal void Return(SqliteReadConnection reader, bool reusable)
    {
        if (!reusable || _disposed || _idleReaders.Count >= MaxIdleReaders)
        {
            reader.Dispose();
            return;
        }

        _idleReaders.Add(reader);
        if (_disposed && _idleReaders.TryTake(out var late))
        {
            // Disposed while this one was being given back.
            late.Dispose();
        }
    }

    /// <summary>
    /// Refreshes planner statistics after bulk changes (recipes, generated data). SQLite has none until asked;
    /// PostgreSQL's autovacuum analyzes by itself.
    /// </summary>
    public async Task OptimizeAsync(CancellationToken cancellationToken)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idleReaders.TryTake(out var reader))
        {
            reader.Dispose();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
