using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Data.Queries;

/// <summary>
/// What a caller may filter and sort on. A hidden value must not be usable as an oracle either: filtering
/// mentors by e-mail prefix, or sorting by phone, would reveal what the null in the answer hides.
/// </summary>
internal sealed class PrivacyRules(ContentCaller caller)
{
    public void EnsureUsable(TypeField field)
    {
        if (field.Definition.IsPrivate && !caller.Has(CorePermissions.ViewPrivateContactData))
        {
            throw new ContentQueryException($"{field.PartName}.{field.FieldName} is private contact data: you may not filter or sort on it.");
        }
    }

    /// <summary>Who owns and wrote items is shown only to callers who manage content (see <see cref="PrivateFieldGuard"/>).</summary>
    public void EnsureUsable(MetadataField field)
    {
        if (field is MetadataField.Owner or MetadataField.Author && !PrivateFieldGuard.MaySeeAuthors(caller))
        {
            throw new ContentQueryException($"{field} is not available to you: sign in as an editor to filter or sort on it.");
        }
    }
}
