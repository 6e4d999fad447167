using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Contents.Handlers;

/// <summary>What a handler sees: the item, the version it replaces (if any), who acts, and the open session.</summary>
public class ContentContext(ContentItem item, ContentItem? previous, ContentCaller caller, ContentDefinitionSnapshot definitions, DbSession session)
{
    public ContentItem Item { get; } = item;

    public ContentItem? Previous { get; } = previous;

    public ContentCaller Caller { get; } = caller;

    public ContentDefinitionSnapshot Definitions { get; } = definitions;

    /// <summary>The open transaction: handlers of "...ing" events may write their own rows in it.</summary>
    public DbSession Session { get; } = session;
}
