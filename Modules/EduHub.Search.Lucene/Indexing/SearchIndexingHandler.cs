using EduHub.Core.Contents.Handlers;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>
/// After a change commits, wakes this node's indexing worker. The work itself comes from the indexing task the
/// change wrote in its own transaction, so nothing is lost if this node stops right now.
/// </summary>
internal sealed class SearchIndexingHandler(SearchIndexer indexer) : IContentHandler
{
    public Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Nudge();

    public Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Nudge();

    public Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Nudge();

    public Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Nudge();

    public Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Nudge();

    public Task VersionedAsync(ContentContext context, CancellationToken cancellationToken) => Nudge();

    public Task RestoredAsync(ContentContext context, CancellationToken cancellationToken) => Nudge();

    private Task Nudge()
    {
        indexer.Nudge();
        return Task.CompletedTask;
    }
}
