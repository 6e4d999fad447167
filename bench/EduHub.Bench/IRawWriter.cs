namespace EduHub.Bench;

/// <summary>Writes one item's rows inside the caller's transaction; returns the number of statements executed.</summary>
internal interface IRawWriter : IAsyncDisposable
{
    Task<int> InsertAsync(RawRow row, DateTime now, CancellationToken cancellationToken);
}
