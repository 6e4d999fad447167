using EduHub.Core.Modules;

namespace EduHub.Taxonomies;

/// <summary>The module's content definitions ship in its recipe (applied when the feature is enabled); no services of its own yet.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.Taxonomies.Manifest.Value;
}
