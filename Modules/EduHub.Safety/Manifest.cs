using EduHub.Core.Modules;

namespace EduHub.Safety;

internal static class Manifest
{
    public static ModuleManifest Value { get; } = new(
        Id: "EduHub.Safety",
        Name: "Safety",
        Description: "Child internet-safety guides (order No 1677-A/2) and the support quick-response group.",
        Dependencies: [],
        DefinitionsRecipe: "safety.definitions.recipe.json");
}
