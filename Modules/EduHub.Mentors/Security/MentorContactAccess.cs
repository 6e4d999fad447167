using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Mentors.Security;

/// <summary>
/// Staff of a school the mentor serves see the mentor's contact data: the mentor's home school, or a
/// school that lists the mentor among its mentor-teachers.
/// </summary>
internal sealed class MentorContactAccess(ContentLookup lookup) : IPrivateFieldAccess
{
    public async Task<bool> MaySeeAsync(ContentItem item, ContentCaller caller, DbSession session, CancellationToken cancellationToken)
    {
        if (item.ContentType != "Mentor" || caller.SchoolContentItemId is not { } school)
        {
            return false;
        }

        return item.Field("Mentor", "HomeSchool")?.GetStrings("ContentItemIds").Contains(school) == true
            || await lookup.IsPickedByAsync(session, school, "School", "Mentors", item.ContentItemId, cancellationToken);
    }
}
