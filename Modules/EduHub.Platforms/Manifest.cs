using EduHub.Core.Modules;

namespace EduHub.Platforms;

internal static class Manifest
{
    public static ModuleManifest Value { get; } = new(
        Id: "EduHub.Platforms",
        Name: "Platforms",
        Description: "Partner organisations and their distance-learning platform listings.",
        Dependencies: ["EduHub.Taxonomies"],
        DefinitionsRecipe: "platforms.definitions.recipe.json");
}
