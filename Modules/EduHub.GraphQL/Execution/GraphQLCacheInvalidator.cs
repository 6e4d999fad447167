using EduHub.Core.Contents.Handlers;

namespace EduHub.GraphQL.Execution;

/// <summary>Publish, unpublish and delete change what anonymous callers see: bump the type's generation.</summary>
internal sealed class GraphQLCacheInvalidator(ContentTypeGenerations generations) : IContentHandler
{
    public Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Bump(context);

    public Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Bump(context);

    public Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Bump(context);

    private Task Bump(ContentContext context)
    {
        generations.Bump(context.Item.ContentType);
        return Task.CompletedTask;
    }
}
