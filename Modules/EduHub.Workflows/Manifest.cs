using EduHub.Core.Modules;

namespace EduHub.Workflows;

internal static class Manifest
{
    public static ModuleManifest Value { get; } = new(
        Id: "EduHub.Workflows",
        Name: "Workflows",
        Description: "Workflow engine (Orchard Core's definitions), task inbox, review history, notifications and workflow e-mail.");
}
