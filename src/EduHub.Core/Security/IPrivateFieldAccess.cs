using EduHub.Core.Contents;
using EduHub.Core.Data;

namespace EduHub.Core.Security;

/// <summary>
/// A module's extra reason why a caller may see an item's private fields (e.g. staff of a school the
/// mentor serves). Holders of <see cref="CorePermissions.ViewPrivateContactData"/> and the item's owner always may.
/// </summary>
public interface IPrivateFieldAccess
{
    Task<bool> MaySeeAsync(ContentItem item, ContentCaller caller, DbSession session, CancellationToken cancellationToken);
}
