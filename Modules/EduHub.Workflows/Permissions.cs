using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Workflows;

internal sealed class Permissions : IPermissionProvider
{
    public const string ManageWorkflows = "ManageWorkflows";

    public IEnumerable<Permission> GetPermissions(ContentDefinitionSnapshot definitions) =>
        [new(ManageWorkflows, "See workflow types and instances, retry faulted instances", "Workflows")];
}
