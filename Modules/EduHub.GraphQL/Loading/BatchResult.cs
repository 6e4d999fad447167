using GraphQL.DataLoader;

namespace EduHub.GraphQL.Loading;

/// <summary>
/// A value that becomes available once the batch it belongs to is loaded. GraphQL.NET collects these for
/// a whole level of the query before asking for results, so one batch serves every sibling field.
/// </summary>
internal sealed class BatchResult<T>(Func<CancellationToken, Task<T>> fetch) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => fetch(cancellationToken);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
    {
        // Loaded already: no state machine to wait for nothing.
        var result = GetResultAsync(cancellationToken);
        return result.IsCompletedSuccessfully ? Task.FromResult<object?>(result.Result) : AsObjectAsync(result);
    }

    private static async Task<object?> AsObjectAsync(Task<T> result) => await result;
}
