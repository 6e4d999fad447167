namespace EduHub.Core.Security;

/// <summary>Roles every site has. Anonymous and Authenticated are implicit: nobody is assigned to them.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string Anonymous = "Anonymous";
    public const string Authenticated = "Authenticated";
}
