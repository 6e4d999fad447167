namespace EduHub.Bench;

/// <summary>A database server (or folder) that hands out empty databases as host configuration.</summary>
internal abstract class BenchTarget : IAsyncDisposable
{
    public abstract string Name { get; }

    /// <summary>Configuration overrides (EduHub:DataPath, EduHub:Database:*) for a new, empty database.</summary>
    public abstract Task<Dictionary<string, string?>> CreateDatabaseAsync(string label, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
