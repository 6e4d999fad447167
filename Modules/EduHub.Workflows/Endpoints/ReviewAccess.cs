using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Workflows.Endpoints;

/// <summary>
/// The review history of an item is for those who may see its drafts (editors; the partner who owns it), not for
/// everyone who may see the published item.
/// </summary>
internal static class ReviewAccess
{
    public static async Task<bool> MaySeeAsync(ContentManager content, ContentDefinitionManager definitions, ContentCaller caller, string contentItemId, CancellationToken cancellationToken) =>
        caller.IsAuthenticated
        && await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken) is { } item
        && (await definitions.GetAsync(cancellationToken)).GetType(item.ContentType) is { } type
        && caller.May(ContentVerb.Preview, type, item.Owner);
}
