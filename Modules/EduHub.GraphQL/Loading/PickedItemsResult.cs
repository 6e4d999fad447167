using EduHub.Core.Contents;
using GraphQL.DataLoader;

namespace EduHub.GraphQL.Loading;

/// <summary>
/// The items one picker asked <see cref="ContentItemLoader.LoadMany"/> for: available once the loader's batch is loaded.
/// One object per picker instead of a <see cref="BatchResult{T}"/> around a closure (a page of 20 has 20 pickers).
/// </summary>
internal sealed class PickedItemsResult(ContentItemLoader loader, IReadOnlyList<string> ids, bool rowsOnly) : IDataLoaderResult<IReadOnlyList<ContentItem>>
{
    public Task<IReadOnlyList<ContentItem>> GetResultAsync(CancellationToken cancellationToken = default) =>
        loader.FoundAsync(ids, rowsOnly, cancellationToken);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        loader.FoundAsObjectAsync(ids, rowsOnly, cancellationToken);
}
