using System.Text.Json.Nodes;
using EduHub.Core.Contents.Handlers;
using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Handlers;

/// <summary>Content events become workflow events after the change committed (correlation = the item).</summary>
internal sealed class WorkflowContentHandler(IWorkflowTrigger trigger) : IContentHandler
{
    public Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => RaiseAsync("ContentCreatedEvent", context, cancellationToken);

    public Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => RaiseAsync("ContentUpdatedEvent", context, cancellationToken);

    public Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => RaiseAsync("ContentPublishedEvent", context, cancellationToken);

    public Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => RaiseAsync("ContentUnpublishedEvent", context, cancellationToken);

    public Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => RaiseAsync("ContentDeletedEvent", context, cancellationToken);

    private Task RaiseAsync(string eventName, ContentContext context, CancellationToken cancellationToken) =>
        trigger.TriggerAsync(eventName, new JsonObject
        {
            [WorkflowInput.ContentItemId] = context.Item.ContentItemId,
            [WorkflowInput.ContentType] = context.Item.ContentType,
            [WorkflowInput.UserName] = context.Caller.UserName,
            [WorkflowInput.Organization] = context.Caller.OrganizationContentItemId,
        }, context.Item.ContentItemId, cancellationToken);
}
