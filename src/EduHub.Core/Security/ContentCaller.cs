using System.Collections.Concurrent;
using EduHub.Core.Metadata;

namespace EduHub.Core.Security;

/// <summary>
/// Who is acting, with the permissions of all their roles already resolved. Every content read and write
/// is checked against the current caller; <see cref="System"/> is used by recipes, the CLI and background jobs.
/// </summary>
public sealed class ContentCaller(string? userName, IReadOnlyCollection<string> roles, IReadOnlySet<string> permissions, bool isSystem = false)
{
    public static ContentCaller System { get; } = new("system", [], new HashSet<string>(), isSystem: true);

    public static ContentCaller Anonymous(IReadOnlySet<string> permissions) => new(null, [RoleNames.Anonymous], permissions);

    public string? UserName { get; } = userName;

    public IReadOnlyCollection<string> Roles { get; } = roles;

    public bool IsSystem { get; } = isSystem;

    public bool IsAuthenticated => UserName is not null;

    /// <summary>The PartnerOrganization this caller acts for, if any.</summary>
    public string? OrganizationContentItemId { get; init; }

    /// <summary>The School this caller works at, if any.</summary>
    public string? SchoolContentItemId { get; init; }

    public bool Has(string permission) =>
        IsSystem || permissions.Contains(CorePermissions.SiteOwner) || permissions.Contains(permission);

    /// <summary>
    /// May the caller do <paramref name="verb"/> on an item of this type owned by <paramref name="owner"/>?
    /// A stronger verb implies the weaker ones (Publish ⇒ Edit ⇒ Preview ⇒ View), "any" implies "own",
    /// and per-type permissions count only for securable types (as in Orchard Core).
    /// </summary>
    public bool May(ContentVerb verb, ContentTypeDefinition type, string? owner)
    {
        if (IsSystem)
        {
            return true;
        }

        var isOwner = UserName is not null && string.Equals(owner, UserName, StringComparison.Ordinal);
        var decisions = LazyInitializer.EnsureInitialized(ref _decisions);
        return decisions.GetOrAdd((verb, type, isOwner), static (key, caller) => caller.Decide(key.Verb, key.Type, key.IsOwner), this);
    }

    // A caller's permissions never change, so each answer is worked out once: a list of 20 picked items asked the
    // same question 20 times, each time building the per-type permission names. Keyed by the definition object
    // itself, so a new definitions version (Securable may change) asks afresh.
    private ConcurrentDictionary<(ContentVerb Verb, ContentTypeDefinition Type, bool IsOwner), bool>? _decisions;

    private bool Decide(ContentVerb verb, ContentTypeDefinition type, bool isOwner)
    {
        var securable = type.TypeSettings.Securable;
        foreach (var implying in Implying(verb))
        {
            if (Has(ContentTypePermissions.Global(implying, own: false))
                || (securable && Has(ContentTypePermissions.ForType(implying, own: false, type.Name))))
            {
                return true;
            }

            if (isOwner && (Has(ContentTypePermissions.Global(implying, own: true))
                || (securable && Has(ContentTypePermissions.ForType(implying, own: true, type.Name)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>May the caller do <paramref name="verb"/> on every item of the type, whoever owns it?</summary>
    public bool MayAny(ContentVerb verb, ContentTypeDefinition type) => May(verb, type, owner: null);

    private static IEnumerable<ContentVerb> Implying(ContentVerb verb) => verb switch
    {
        ContentVerb.View => [ContentVerb.View, ContentVerb.Preview, ContentVerb.Edit, ContentVerb.Publish],
        ContentVerb.Preview => [ContentVerb.Preview, ContentVerb.Edit, ContentVerb.Publish],
        ContentVerb.Edit => [ContentVerb.Edit, ContentVerb.Publish],
        _ => [verb],
    };
}
