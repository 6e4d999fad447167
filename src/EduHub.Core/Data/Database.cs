using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EduHub.Core.Data;

/// <summary>Opens connections to the configured database. One instance per process (and per test host).</summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;

    public Database(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Dialect = provider == DatabaseProvider.Postgres ? SqlDialect.Postgres : SqlDialect.Sqlite;
        if (provider == DatabaseProvider.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(connectionString);
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public SqlDialect Dialect { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();

        // WAL lets readers run beside the single writer; NORMAL sync is durable with WAL except on power loss.
        pragma.CommandText = "PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
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
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
