using EduHub.Core.Contents;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Workflows.Activities;

/// <summary>Which item a content task acts on: <c>ContentItemId</c> (Liquid) or the instance's item.</summary>
internal static class ContentTarget
{
    public static async Task<string?> IdAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var id = properties.Has("ContentItemId") ? (await context.RenderAsync(properties.Text("ContentItemId"), cancellationToken)).Trim() : null;
        return string.IsNullOrEmpty(id) ? context.Input[WorkflowInput.ContentItemId]?.GetValue<string>() ?? context.CorrelationId : id;
    }

    public static ActivityResult Failed(ContentResult result, string verb) =>
        ActivityResult.Faulted($"Could not {verb} the item: {result.Status} {result.Message} {string.Join("; ", result.ErrorList.Select(e => $"{e.Path}: {e.Message}"))}".Trim());
}

/// <summary>Publishes the latest version of the item (in the run's transaction). Outcome <c>Published</c>.</summary>
internal sealed class PublishContentTask : WorkflowActivity
{
    public override string Name => nameof(PublishContentTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => ["Published"];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        if (await ContentTarget.IdAsync(context, properties, cancellationToken) is not { } id)
        {
            return ActivityResult.Faulted("No content item to publish.");
        }

        var result = await context.Services.GetRequiredService<ContentManager>().PublishAsync(id, cancellationToken);
        WorkflowContentLoader.Forget(context);
        return result.Succeeded ? ActivityResult.Outcome("Published") : ContentTarget.Failed(result, "publish");
    }
}

/// <summary>Takes the item off line. Outcome <c>Unpublished</c>.</summary>
internal sealed class UnpublishContentTask : WorkflowActivity
{
    public override string Name => nameof(UnpublishContentTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => ["Unpublished"];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        if (await ContentTarget.IdAsync(context, properties, cancellationToken) is not { } id)
        {
            return ActivityResult.Faulted("No content item to unpublish.");
        }

        var result = await context.Services.GetRequiredService<ContentManager>().UnpublishAsync(id, cancellationToken);
        WorkflowContentLoader.Forget(context);
        return result.Succeeded ? ActivityResult.Outcome("Unpublished") : ContentTarget.Failed(result, "unpublish");
    }
}
