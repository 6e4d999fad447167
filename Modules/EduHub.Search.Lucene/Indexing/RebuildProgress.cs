namespace EduHub.Search.Lucene.Indexing;

/// <summary>Progress of the latest rebuild of one index on this node (admin endpoint, CLI).</summary>
public sealed class RebuildProgress
{
    private long _done;

    public string IndexName { get; init; } = "";

    public string Reason { get; init; } = "";

    public DateTimeOffset StartedUtc { get; init; }

    public DateTimeOffset? FinishedUtc { get; set; }

    public long Total { get; set; }

    public long Done => Interlocked.Read(ref _done);

    public string? Error { get; set; }

    public bool Running => FinishedUtc is null;

    public void Add(long count) => Interlocked.Add(ref _done, count);
}
