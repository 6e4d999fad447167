using EduHub.Core.Metadata;

namespace EduHub.Core.Security;

/// <summary>Names of the global and per-type content permissions, as Orchard Core names them.</summary>
public static class ContentTypePermissions
{
    public static string Global(ContentVerb verb, bool own) => (verb, own) switch
    {
        (ContentVerb.View, false) => CorePermissions.ViewContent,
        (ContentVerb.View, true) => CorePermissions.ViewOwnContent,
        (ContentVerb.Preview, false) => CorePermissions.PreviewContent,
        (ContentVerb.Preview, true) => CorePermissions.PreviewOwnContent,
        (ContentVerb.Edit, false) => CorePermissions.EditContent,
        (ContentVerb.Edit, true) => CorePermissions.EditOwnContent,
        (ContentVerb.Publish, false) => CorePermissions.PublishContent,
        (ContentVerb.Publish, true) => CorePermissions.PublishOwnContent,
        (ContentVerb.Delete, false) => CorePermissions.DeleteContent,
        _ => CorePermissions.DeleteOwnContent,
    };

    public static string ForType(ContentVerb verb, bool own, string contentType) =>
        $"{verb}{(own ? "Own" : "")}_{contentType}";

    public static IEnumerable<Permission> ForSecurableTypes(ContentDefinitionSnapshot definitions) =>
        from type in definitions.Types
        where type.TypeSettings.Securable
        from verb in Enum.GetValues<ContentVerb>()
        from own in new[] { false, true }
        select new Permission(ForType(verb, own, type.Name), $"{verb}{(own ? " own" : "")} {type.DisplayName ?? type.Name}", type.Name);
}
