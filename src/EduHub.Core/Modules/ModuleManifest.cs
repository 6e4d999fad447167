namespace EduHub.Core.Modules;

/// <summary>What a module is: one module = one project = one feature id.</summary>
/// <param name="DefinitionsRecipe">Embedded recipe (logical resource name) applied when the feature is enabled.</param>
public sealed record ModuleManifest(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string>? Dependencies = null,
    string? DefinitionsRecipe = null)
{
    public IReadOnlyList<string> DependsOn => Dependencies ?? [];
}
