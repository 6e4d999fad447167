using EduHub.Core.Contents;
using GraphQL.DataLoader;

namespace EduHub.GraphQL.Loading;

/// <summary>
/// The items one picker asked <see cref="ContentItemLoader.LoadMany"/> for, in picker order: available once the loader's
/// batch is loaded. One object per picker instead of a <see cref="BatchResult{T}"/> around a closure (a page of 20 has
/// 20 pickers), and one task, not two, for GraphQL.NET when the batch is loaded already (19 of those 20).
/// </summary>
internal sealed class PickedItemsResult(ContentItemLoader loader, IReadOnlyList<string> ids, bool rowsOnly) : IDataLoaderResult<IReadOnlyList<ContentItem>>
{
    public Task<IReadOnlyList<ContentItem>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var flush = loader.FlushAsync(cancellationToken);
        return flush.IsCompletedSuccessfully ? Task.FromResult<IReadOnlyList<ContentItem>>(Found()) : FoundAfterAsync(flush);
    }

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
    {
        var flush = loader.FlushAsync(cancellationToken);
        return flush.IsCompletedSuccessfully ? Task.FromResult<object?>(Found()) : AsObjectAsync(FoundAfterAsync(flush));
    }

    private List<ContentItem> Found() => loader.Found(ids, rowsOnly);

    private async Task<IReadOnlyList<ContentItem>> FoundAfterAsync(Task flush)
    {
        await flush;
        return Found();
    }

    private static async Task<object?> AsObjectAsync(Task<IReadOnlyList<ContentItem>> result) => await result;
}
