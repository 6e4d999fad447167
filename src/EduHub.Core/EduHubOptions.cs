using EduHub.Core.Data;

namespace EduHub.Core;

/// <summary>Configuration section <c>EduHub</c> (see docs/configuration.md).</summary>
public sealed class EduHubOptions
{
    public const string Section = "EduHub";

    /// <summary>Folder for the SQLite database, logs and other local data. Relative paths are under the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    public SetupOptions Setup { get; set; } = new();

    /// <summary>Feature ids that are never loaded (their modules register nothing).</summary>
    public List<string> DisabledFeatures { get; set; } = [];
}
