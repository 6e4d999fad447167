using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Workflows.Activities;

/// <summary>
/// Merges <c>Content</c> (a Liquid template producing a JSON object of parts, e.g. <c>{"Platform": {"Cost": {"Text": "free"}}}</c>)
/// into the latest version and saves it (published when <c>Publish</c> is true). Outcomes <c>Updated</c> or <c>Failed</c>
/// (validation errors in the <c>LastErrors</c> property).
/// </summary>
internal sealed class UpdateContentTask : WorkflowActivity
{
    public override string Name => nameof(UpdateContentTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => ["Updated", "Failed"];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors) =>
        Scripts.Template(properties, "Content", expressions, errors, required: true);

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var manager = context.Services.GetRequiredService<ContentManager>();
        if (await ContentTarget.IdAsync(context, properties, cancellationToken) is not { } id || await manager.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } item)
        {
            return ActivityResult.Faulted("No content item to update.");
        }

        JsonObject patch;
        try
        {
            patch = JsonNode.Parse(await context.RenderAsync(properties.Text("Content"), cancellationToken)) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException e)
        {
            return ActivityResult.Faulted($"Content did not render to a JSON object: {e.Message}");
        }

        foreach (var (part, value) in patch)
        {
            if (value is JsonObject fields && item.Content[part] is JsonObject existing)
            {
                foreach (var (field, fieldValue) in fields)
                {
                    existing[field] = fieldValue?.DeepClone();
                }
            }
            else
            {
                item.Content[part] = value?.DeepClone();
            }
        }

        var result = await manager.UpdateAsync(item, new ContentSaveOptions(properties.Flag("Publish"), item.ContentItemVersionId), cancellationToken);
        WorkflowContentLoader.Forget(context);
        if (!result.Succeeded)
        {
            context.Properties["LastErrors"] = new JsonArray(result.ErrorList.Select(e => (JsonNode)$"{e.Path}: {e.Message}").DefaultIfEmpty(result.Message ?? "").ToArray());
            return ActivityResult.Outcome("Failed");
        }

        return ActivityResult.Outcome("Updated");
    }
}
