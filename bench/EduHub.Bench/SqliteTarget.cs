namespace EduHub.Bench;

/// <summary>SQLite files in a temporary folder, deleted afterwards.</summary>
internal sealed class SqliteTarget : BenchTarget
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "eduhub-bench-" + Guid.NewGuid().ToString("N")[..8]);

    public override string Name => "SQLite";

    public override Task<Dictionary<string, string?>> CreateDatabaseAsync(string label, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(_root, label);
        Directory.CreateDirectory(folder);
        return Task.FromResult(new Dictionary<string, string?> { ["EduHub:DataPath"] = folder, ["EduHub:Database:Provider"] = "Sqlite" });
    }

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the folder is under the temp directory.
        }

        return ValueTask.CompletedTask;
    }
}
