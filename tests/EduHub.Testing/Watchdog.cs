using System.Globalization;

namespace EduHub.Testing;

/// <summary>
/// A detached shell loop that stops the server and deletes its folder once the test process is gone.
/// The test host may be killed before its ProcessExit handler finishes (vstest gives it very little time),
/// and a killed process runs no handler at all: without this, servers and folders would pile up.
/// </summary>
internal static class Watchdog
{
    // Arguments: $1 test process id, $2 folder, $3 bin directory, $4 "postgres" when pg_ctl runs as that user.
    private const string Script = """
        exec </dev/null >/dev/null 2>&1
        while kill -0 "$1" 2>/dev/null && [ -e "$2/owner.pid" ]; do sleep 1; done
        [ -d "$2" ] || exit 0
        if [ "$4" = postgres ]; then as="runuser -u postgres --"; else as=""; fi
        $as "$3/pg_ctl" -D "$2/data" -m fast -w -t 30 stop || $as "$3/pg_ctl" -D "$2/data" -m immediate -w -t 30 stop
        rm -rf "$2"
        """;

    public static async Task StartAsync(ServerFolder folder, string binDirectory, bool asPostgresUser, CancellationToken ct)
    {
        // setsid -f forks and returns at once: the loop leaves the test host's process tree, so killing the tree spares it.
        var (exitCode, output) = await ProcessRunner.RunAsync(
            "setsid",
            [
                "-f", "sh", "-c", Script, "eduhub-pg-watchdog",
                Environment.ProcessId.ToString(CultureInfo.InvariantCulture), folder.Root, binDirectory,
                asPostgresUser ? "postgres" : "self",
            ],
            ct);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Could not start the PostgreSQL watchdog: {output}");
        }
    }
}
