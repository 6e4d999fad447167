using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Engine;

/// <summary>The latest version of the instance's content item, read in the run's transaction, once per run.</summary>
internal sealed class WorkflowContentLoader(ContentStore store)
{
    private const string Key = "ContentItem";

    public async Task<ContentItem?> LatestAsync(WorkflowExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.Items.TryGetValue(Key, out var cached))
        {
            return (ContentItem?)cached;
        }

        var id = context.Input[WorkflowInput.ContentItemId]?.GetValue<string>() ?? context.CorrelationId;
        ContentItem? item = null;
        if (IdGenerator.IsValid(id))
        {
            var rows = await store.GetRowsAsync(context.Session, id!, cancellationToken);
            if (rows.FirstOrDefault(r => r.Latest) is { } latest)
            {
                item = await store.LoadAsync(context.Session, latest.Id, cancellationToken);
            }
        }

        context.Items[Key] = item;
        return item;
    }

    public async Task<JsonObject?> LatestJsonAsync(WorkflowExecutionContext context, CancellationToken cancellationToken) =>
        await LatestAsync(context, cancellationToken) is { } item ? ContentItemJson.ToJson(item) : null;

    /// <summary>Forget the memo after the run changed the item (publish, update).</summary>
    public static void Forget(WorkflowExecutionContext context) => context.Items.Remove(Key);
}
