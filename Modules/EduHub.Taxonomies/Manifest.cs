using EduHub.Core.Modules;

namespace EduHub.Taxonomies;

internal static class Manifest
{
    public static ModuleManifest Value { get; } = new(
        Id: "EduHub.Taxonomies",
        Name: "Taxonomies",
        Description: "Taxonomy content type and the Region, Subject and Language term types.",
        Dependencies: [],
        DefinitionsRecipe: "taxonomies.definitions.recipe.json");
}
