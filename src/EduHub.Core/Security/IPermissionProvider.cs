using EduHub.Core.Metadata;

namespace EduHub.Core.Security;

/// <summary>Lists the permissions a module defines, so roles can be checked and shown.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions(ContentDefinitionSnapshot definitions);
}
