using System.ComponentModel;

namespace EduHub.Testing;

/// <summary>Finds the folder holding initdb, pg_ctl and postgres.</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    public static async Task<string> FindAsync(CancellationToken ct)
    {
        var fromPgConfig = await FromPgConfigAsync(ct);
        if (fromPgConfig is not null && HasServer(fromPgConfig))
        {
            return fromPgConfig;
        }

        // pg_config may come from libpq-dev of another major version than the installed server.
        var newest = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(dir => (Bin: Path.Combine(dir, "bin"), Version: ParseVersion(Path.GetFileName(dir))))
                .Where(candidate => candidate.Version is not null && HasServer(candidate.Bin))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;

        return newest ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found; run `bash .ci/run` which installs postgresql-15, "
            + "or apt-get install postgresql-15 (or set EDUHUB_TEST_POSTGRES=0 to skip the PostgreSQL variants locally).");
    }

    private static bool HasServer(string bin) =>
        File.Exists(Path.Combine(bin, "initdb"))
        && File.Exists(Path.Combine(bin, "pg_ctl"))
        && File.Exists(Path.Combine(bin, "postgres"));

    private static Version? ParseVersion(string? name) =>
        Version.TryParse(name?.Contains('.', StringComparison.Ordinal) == true ? name : $"{name}.0", out var version)
            ? version
            : null;

    private static async Task<string?> FromPgConfigAsync(CancellationToken ct)
    {
        try
        {
            var (exitCode, output) = await ProcessRunner.RunAsync("pg_config", ["--bindir"], ct);
            return exitCode == 0 ? output.Trim() : null;
        }
        catch (Win32Exception)
        {
            return null; // pg_config is not on PATH.
        }
    }
}
