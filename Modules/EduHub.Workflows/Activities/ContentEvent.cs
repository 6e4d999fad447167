using System.Text.Json.Nodes;
using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Activities;

/// <summary>A content event, optionally only for some types (<c>ContentTypeFilter</c>, as in Orchard Core).</summary>
internal abstract class ContentEvent : WorkflowActivity
{
    public override bool IsEvent => true;

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [ActivityResult.DoneOutcome];

    public override bool CanHandle(ActivityProperties properties, JsonObject input)
    {
        var types = properties.List("ContentTypeFilter");
        return types.Count == 0 || (input[WorkflowInput.ContentType]?.GetValue<string>() is { } type && types.Contains(type, StringComparer.Ordinal));
    }
}

internal sealed class ContentCreatedEvent : ContentEvent
{
    public override string Name => nameof(ContentCreatedEvent);
}

internal sealed class ContentUpdatedEvent : ContentEvent
{
    public override string Name => nameof(ContentUpdatedEvent);
}

internal sealed class ContentPublishedEvent : ContentEvent
{
    public override string Name => nameof(ContentPublishedEvent);
}

internal sealed class ContentUnpublishedEvent : ContentEvent
{
    public override string Name => nameof(ContentUnpublishedEvent);
}

internal sealed class ContentDeletedEvent : ContentEvent
{
    public override string Name => nameof(ContentDeletedEvent);
}
