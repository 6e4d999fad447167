namespace EduHub.Admin;

/// <summary>
/// Authorization policy names for admin pages. <c>[Authorize(Policy = AdminPolicies.Prefix + "ManageUsers")]</c>
/// requires a cookie sign-in and that permission; every page under <c>/admin</c> already requires
/// <see cref="EduHub.Core.Security.CorePermissions.AccessAdminPanel"/>.
/// </summary>
public static class AdminPolicies
{
    public const string Prefix = "Permission:";

    public const string AccessAdmin = Prefix + "AccessAdminPanel";

    public static string For(string permission) => Prefix + permission;
}
