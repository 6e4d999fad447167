namespace EduHub.Core.Security;

/// <summary>The engine's permissions. Per-type variants are <c>{Verb}_{ContentType}</c> (see <see cref="ContentTypePermissions"/>).</summary>
public static class CorePermissions
{
    /// <summary>Implies every permission.</summary>
    public const string SiteOwner = "SiteOwner";

    /// <summary>Open the editors' admin at /admin.</summary>
    public const string AccessAdminPanel = "AccessAdminPanel";

    public const string ViewContent = "ViewContent";
    public const string ViewOwnContent = "ViewOwnContent";
    public const string PreviewContent = "PreviewContent";
    public const string PreviewOwnContent = "PreviewOwnContent";
    public const string EditContent = "EditContent";
    public const string EditOwnContent = "EditOwnContent";
    public const string PublishContent = "PublishContent";
    public const string PublishOwnContent = "PublishOwnContent";
    public const string DeleteContent = "DeleteContent";
    public const string DeleteOwnContent = "DeleteOwnContent";
    public const string CloneContent = "CloneContent";
    public const string ListContent = "ListContent";
    public const string ManageContentDefinitions = "ManageContentDefinitions";
    public const string ManageRoles = "ManageRoles";
    public const string ManageUsers = "ManageUsers";
    public const string ManageSettings = "ManageSettings";
    public const string ManageFeatures = "ManageFeatures";
    public const string ImportRecipes = "ImportRecipes";
    public const string ExportContent = "ExportContent";
    public const string ViewAuditLog = "ViewAuditLog";
    public const string ViewPrivateContactData = "ViewPrivateContactData";

    public static IReadOnlyList<Permission> All { get; } =
    [
        new(SiteOwner, "Everything (site owner)", "Security"),
        new(AccessAdminPanel, "Open the admin", "Admin"),
        new(ViewContent, "View published content of every type"),
        new(ViewOwnContent, "View own published content"),
        new(PreviewContent, "View drafts of every type"),
        new(PreviewOwnContent, "View own drafts"),
        new(EditContent, "Create and edit content of every type"),
        new(EditOwnContent, "Create and edit own content"),
        new(PublishContent, "Publish and unpublish content of every type"),
        new(PublishOwnContent, "Publish and unpublish own content"),
        new(DeleteContent, "Delete content of every type"),
        new(DeleteOwnContent, "Delete own content"),
        new(CloneContent, "Clone content"),
        new(ListContent, "List content in the admin"),
        new(ManageContentDefinitions, "Edit content types, parts and fields", "Metadata"),
        new(ManageRoles, "Manage roles and their permissions", "Security"),
        new(ManageUsers, "Manage users", "Security"),
        new(ManageSettings, "Manage site settings", "Settings"),
        new(ManageFeatures, "Enable and disable features", "Settings"),
        new(ImportRecipes, "Run recipes", "Recipes"),
        new(ExportContent, "Export definitions and content", "Recipes"),
        new(ViewAuditLog, "View the audit log", "Security"),
        new(ViewPrivateContactData, "See private contact data of people (mentor e-mail and phone)", "Security"),
    ];
}
