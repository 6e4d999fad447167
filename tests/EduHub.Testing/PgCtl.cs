using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EduHub.Testing;

/// <summary>initdb and pg_ctl, run as the postgres user when the test process is root (initdb refuses root).</summary>
internal sealed class PgCtl(string binDirectory, bool asPostgresUser)
{
    private const int StartAttempts = 3;
    private const string Throwaway = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";

    public async Task InitDbAsync(ServerFolder folder, CancellationToken ct)
    {
        var (exitCode, output) = await RunAsync(
            "initdb",
            ["-D", folder.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            ct);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"initdb failed with exit code {exitCode}: {output}");
        }
    }

    public async Task<int> StartOnFreePortAsync(ServerFolder folder, CancellationToken ct)
    {
        var output = string.Empty;
        for (var attempt = 0; attempt < StartAttempts; attempt++)
        {
            // Another process may take the port between our probe and the server's bind: then try another.
            var port = FreeLoopbackPort();
            (var started, output) = await StartAsync(folder, port, ct);
            if (started)
            {
                return port;
            }
        }

        throw new InvalidOperationException(
            $"PostgreSQL did not start after {StartAttempts} attempts: {output}{Environment.NewLine}{folder.LogTail()}");
    }

    /// <summary>Fast stop, then immediate stop, then SIGKILL. Never throws and never waits without a limit.</summary>
    public async Task StopAsync(ServerFolder folder)
    {
        foreach (var mode in new[] { "fast", "immediate" })
        {
            try
            {
                var (exitCode, _) = await RunAsync(
                    "pg_ctl", ["-D", folder.DataDirectory, "-m", mode, "-w", "-t", "30", "stop"], CancellationToken.None);
                if (exitCode == 0 || PostmasterPid(folder) is null)
                {
                    return;
                }
            }
            catch (Exception e) when (e is TimeoutException or Win32Exception or IOException)
            {
                // Try the next, harsher way.
            }
        }

        KillPostmaster(folder);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task<(bool Started, string Output)> StartAsync(ServerFolder folder, int port, CancellationToken ct)
    {
        // A throwaway server: durability settings off make schema-heavy tests much faster.
        var options = string.Create(
            CultureInfo.InvariantCulture,
            $"-c listen_addresses=127.0.0.1 -p {port} -k '{folder.SocketDirectory}' -c max_connections=300 {Throwaway}");
        var (exitCode, output) = await RunAsync(
            "pg_ctl", ["-D", folder.DataDirectory, "-l", folder.LogFile, "-o", options, "-w", "-t", "50", "start"], ct);
        return (exitCode == 0, output);
    }

    private Task<(int ExitCode, string Output)> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var program = Path.Combine(binDirectory, tool);
        return asPostgresUser
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments], ct)
            : ProcessRunner.RunAsync(program, arguments, ct);
    }

    private static int? PostmasterPid(ServerFolder folder)
    {
        try
        {
            var firstLine = File.ReadLines(Path.Combine(folder.DataDirectory, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(firstLine, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void KillPostmaster(ServerFolder folder)
    {
        if (PostmasterPid(folder) is not { } pid)
        {
            return;
        }

        try
        {
            using var postmaster = Process.GetProcessById(pid);
            postmaster.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception)
        {
            // Gone already, or not ours to kill.
        }
    }
}
