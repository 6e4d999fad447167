using EduHub.Core.Modules;

namespace EduHub.Mentors;

internal static class Manifest
{
    public static ModuleManifest Value { get; } = new(
        Id: "EduHub.Mentors",
        Name: "Mentors",
        Description: "ICT-trained mentor-teachers who support schools; their contact data is private.",
        Dependencies: ["EduHub.Taxonomies"],
        DefinitionsRecipe: "mentors.definitions.recipe.json");
}
