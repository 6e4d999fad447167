using EduHub.Testing;

namespace EduHub.Bench;

/// <summary>A PostgreSQL server of its own on a free loopback port (as the tests start one), stopped and removed afterwards.</summary>
internal sealed class PostgresTarget(PostgresServer server) : BenchTarget
{
    public override string Name => "PostgreSQL";

    /// <summary>Debian keeps the server binaries in /usr/lib/postgresql/&lt;major&gt;/bin.</summary>
    public static bool BinariesInstalled =>
        Directory.Exists("/usr/lib/postgresql") && Directory.GetDirectories("/usr/lib/postgresql").Any(d => File.Exists(Path.Combine(d, "bin", "initdb")));

    public static async Task<PostgresTarget> StartAsync(CancellationToken cancellationToken) =>
        new(await PostgresServer.StartAsync(cancellationToken));

    public override async Task<Dictionary<string, string?>> CreateDatabaseAsync(string label, CancellationToken cancellationToken)
    {
        var connectionString = await server.CreateDatabaseAsync("bench_" + label, cancellationToken);
        var folder = Path.Combine(Path.GetTempPath(), "eduhub-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        return new Dictionary<string, string?>
        {
            ["EduHub:DataPath"] = folder,
            ["EduHub:Database:Provider"] = "Postgres",
            ["EduHub:Database:ConnectionString"] = connectionString,
        };
    }

    public override ValueTask DisposeAsync() => server.DisposeAsync();
}
