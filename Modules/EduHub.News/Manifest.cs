using EduHub.Core.Modules;

namespace EduHub.News;

internal static class Manifest
{
    public static ModuleManifest Value { get; } = new(
        Id: "EduHub.News",
        Name: "News",
        Description: "Ministry announcements.",
        Dependencies: [],
        DefinitionsRecipe: "news.definitions.recipe.json");
}
