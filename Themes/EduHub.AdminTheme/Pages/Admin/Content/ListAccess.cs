using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.AdminTheme.Pages.Admin.Content;

/// <summary>Which types have an admin list, and who may open it (the same rule as the navigation's links).</summary>
public static class ListAccess
{
    public static ContentTypeDefinition? Find(ContentDefinitionSnapshot snapshot, string type) =>
        snapshot.GetType(type) is { TypeSettings: { Listable: true, Stereotype: null } } definition ? definition : null;

    public static bool MayList(ContentCaller caller, ContentTypeDefinition type) =>
        caller.Has(CorePermissions.ListContent) && (caller.May(ContentVerb.Edit, type, caller.UserName) || caller.MayAny(ContentVerb.Preview, type));
}
