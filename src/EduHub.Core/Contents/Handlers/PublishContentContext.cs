using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Contents.Handlers;

public sealed class PublishContentContext(ContentItem item, ContentItem? previous, ContentCaller caller, ContentDefinitionSnapshot definitions, DbSession session)
    : ContentContext(item, previous, caller, definitions, session)
{
    public string? CancelReason { get; private set; }

    public bool IsCanceled => CancelReason is not null;

    /// <summary>Stops the publish; the reason is returned to the caller and nothing is written.</summary>
    public void Cancel(string reason) => CancelReason = reason;
}
