using EduHub.Core.Modules;

namespace EduHub.Schools;

internal static class Manifest
{
    public static ModuleManifest Value { get; } = new(
        Id: "EduHub.Schools",
        Name: "Schools",
        Description: "Schools with region, type, languages, their mentor-teachers and the platforms they use.",
        Dependencies: ["EduHub.Taxonomies"],
        DefinitionsRecipe: "schools.definitions.recipe.json");
}
