using System.Net.Sockets;
using Npgsql;

namespace EduHub.Testing;

/// <summary>
/// A throwaway PostgreSQL server started by the test run: its own temp folder, a free loopback port,
/// trust authentication, stopped and deleted when the test process exits.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string EnabledVariable = "EDUHUB_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartAsync(isShared: true, CancellationToken.None));

    private readonly PgCtl _pgCtl;
    private readonly ServerFolder _folder;
    private readonly bool _isShared;
    private int _stopped;

    private PostgresServer(PgCtl pgCtl, ServerFolder folder, int port, bool isShared)
    {
        _pgCtl = pgCtl;
        _folder = folder;
        _isShared = isShared;
        Port = port;
        AdminConnectionString = ConnectionString("postgres");
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>
    /// False when EDUHUB_TEST_POSTGRES is 0 or false: tests skip their PostgreSQL variants (local use only; CI never sets it).
    /// </summary>
    public static bool Enabled =>
        Environment.GetEnvironmentVariable(EnabledVariable)?.Trim().ToLowerInvariant() is not ("0" or "false");

    public int Port { get; }

    /// <summary>Superuser connection to the <c>postgres</c> maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The server of this test process, started on first use and stopped when the process exits.</summary>
    public static Task<PostgresServer> SharedAsync() => Shared.Value;

    /// <summary>A server of the caller's own; dispose it (the process exit stops it too, as a safety net).</summary>
    public static Task<PostgresServer> StartAsync(CancellationToken ct = default) => StartAsync(isShared: false, ct);

    /// <returns>A connection string to a new, empty UTF-8 database whose name starts with <paramref name="prefix"/>.</returns>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken ct = default)
    {
        var name = DatabaseName.Create(prefix);
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", ct);
        return ConnectionString(name);
    }

    /// <summary>Drops the database of a connection string from <see cref="CreateDatabaseAsync"/>, closing its connections.</summary>
    public async Task DropDatabaseAsync(string connectionString, CancellationToken ct = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (string.IsNullOrEmpty(name) || name is "postgres" or "template0" or "template1")
        {
            throw new ArgumentException($"Not a test database: '{name}'.", nameof(connectionString));
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", ct);
    }

    /// <summary>Stops the server and deletes its folder. A no-op on the shared server, which lives until the process exits.</summary>
    public ValueTask DisposeAsync() => _isShared ? ValueTask.CompletedTask : new ValueTask(StopAsync());

    private static async Task<PostgresServer> StartAsync(bool isShared, CancellationToken ct)
    {
        if (!Enabled)
        {
            throw new InvalidOperationException(
                $"PostgreSQL tests are switched off by {EnabledVariable}=0; check PostgresServer.Enabled before asking for a server.");
        }

        var bin = await PostgresBinaries.FindAsync(ct);
        var asPostgresUser = Environment.UserName == "root";
        var pgCtl = new PgCtl(bin, asPostgresUser);
        foreach (var orphan in ServerFolder.FindOrphans(asPostgresUser))
        {
            await pgCtl.StopAsync(orphan);
            orphan.Delete();
        }

        var folder = await ServerFolder.CreateAsync(asPostgresUser, ct);
        try
        {
            await Watchdog.StartAsync(folder, bin, asPostgresUser, ct);
            await pgCtl.InitDbAsync(folder, ct);
            var server = new PostgresServer(pgCtl, folder, await pgCtl.StartOnFreePortAsync(folder, ct), isShared);
            await server.WaitUntilReadyAsync(ct);
            return server;
        }
        catch
        {
            await pgCtl.StopAsync(folder);
            folder.Delete();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false, Timeout = 5 }.ToString();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(ProcessRunner.Timeout);
        Exception? lastError = null;
        while (!limit.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(limit.Token);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException or OperationCanceledException)
            {
                lastError = e;
            }

            await Task.Delay(100, ct);
        }

        ct.ThrowIfCancellationRequested();
        throw new InvalidOperationException(
            $"PostgreSQL on port {Port} accepted no connection within {ProcessRunner.Timeout.TotalSeconds:0} s:"
            + $"{Environment.NewLine}{_folder.LogTail()}",
            lastError);
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = true,
        IncludeErrorDetail = true,
    }.ToString();

    private async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        NpgsqlConnection.ClearAllPools();
        await _pgCtl.StopAsync(_folder);
        _folder.Delete();
    }

    private void OnProcessExit(object? sender, EventArgs e) => StopAsync().GetAwaiter().GetResult();
}
