namespace EduHub.Core.Contents.Handlers;

/// <summary>
/// Reacts to content events. "...ing" methods run inside the transaction before the write (a publishing
/// handler may cancel); "...ed" methods run after the commit. Modules register implementations; those of
/// a disabled feature are skipped.
/// </summary>
public interface IContentHandler
{
    Task CreatingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task ValidatingAsync(ValidateContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task PublishingAsync(PublishContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A new version replaced <see cref="ContentContext.Previous"/> as the latest.</summary>
    Task VersionedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    Task RestoredAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
