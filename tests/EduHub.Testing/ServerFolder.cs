using System.Diagnostics;
using System.Globalization;

namespace EduHub.Testing;

/// <summary>
/// The temp folder of one test server: data/, sock/, server.log and owner.pid (the test process that
/// started it, so a later run can remove servers whose test process was killed before it cleaned up).
/// </summary>
internal sealed class ServerFolder
{
    private const string Prefix = "eduhub-pg-";
    private const string OwnerFile = "owner.pid";

    private ServerFolder(string path) => Root = path;

    public string Root { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public string SocketDirectory => Path.Combine(Root, "sock");

    public string LogFile => Path.Combine(Root, "server.log");

    public static async Task<ServerFolder> CreateAsync(bool asPostgresUser, CancellationToken ct)
    {
        var folder = new ServerFolder(Path.Combine(Parent(asPostgresUser), Prefix + Guid.NewGuid().ToString("N")[..12]));
        Directory.CreateDirectory(folder.SocketDirectory);
        await File.WriteAllTextAsync(
            Path.Combine(folder.Root, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), ct);
        if (asPostgresUser)
        {
            var (exitCode, output) = await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", folder.Root], ct);
            if (exitCode != 0)
            {
                folder.Delete();
                throw new InvalidOperationException($"chown of {folder.Root} to postgres failed: {output}");
            }
        }

        return folder;
    }

    /// <summary>Folders left behind by test processes that no longer run.</summary>
    public static IReadOnlyList<ServerFolder> FindOrphans(bool asPostgresUser)
    {
        var orphans = new List<ServerFolder>();
        foreach (var path in Directory.GetDirectories(Parent(asPostgresUser), Prefix + "*"))
        {
            if (ReadOwner(path) is { } owner && !IsAlive(owner))
            {
                orphans.Add(new ServerFolder(path));
            }
        }

        return orphans;
    }

    public string LogTail()
    {
        try
        {
            var lines = File.ReadAllLines(LogFile);
            return string.Join(Environment.NewLine, lines.Skip(Math.Max(0, lines.Length - 20)));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
    }

    public void Delete()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a later run removes what is left (its owner is gone).
        }
    }

    // As root, initdb runs as postgres, which cannot reach into a root-only TMPDIR; /tmp is world-traversable.
    private static string Parent(bool asPostgresUser) => asPostgresUser ? "/tmp" : Path.GetTempPath();

    private static int? ReadOwner(string path)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(path, OwnerFile));
            return int.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var owner) ? owner : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // Not written yet, being deleted, or another user's.
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
