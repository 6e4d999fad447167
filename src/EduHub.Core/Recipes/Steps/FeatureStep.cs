using System.Text.Json.Nodes;
using EduHub.Core.Metadata;
using EduHub.Core.Modules;

namespace EduHub.Core.Recipes.Steps;

/// <summary><c>{"name": "feature", "enable": [...], "disable": [...]}</c>. Enabling applies the module's own definitions recipe.</summary>
internal sealed class FeatureStep(ModuleCatalog catalog, FeatureGate features) : IRecipeStep
{
    public string Name => "feature";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (id, index) in Ids(context, "enable"))
        {
            await EnableAsync(context, id, $"enable[{index}]", [], cancellationToken);
        }

        foreach (var (id, index) in Ids(context, "disable"))
        {
            if (catalog.Find(id) is null)
            {
                throw context.Error($"disable[{index}]", $"Unknown feature '{id}'.");
            }

            await features.SetAsync(context.Session, id, enabled: false, cancellationToken);
        }
    }

    private async Task EnableAsync(RecipeStepContext context, string id, string path, HashSet<string> visiting, CancellationToken cancellationToken)
    {
        var module = catalog.Find(id);
        if (module is null)
        {
            throw context.Error(path, $"Unknown feature '{id}' (available: {string.Join(", ", catalog.Modules.Select(m => m.Manifest.Id))}).");
        }

        if (!visiting.Add(id) || features.IsEnabledIn(context.Session, id))
        {
            return;
        }

        foreach (var dependency in module.Manifest.DependsOn)
        {
            await EnableAsync(context, dependency, path, visiting, cancellationToken);
        }

        await features.SetAsync(context.Session, id, enabled: true, cancellationToken);
        if (module.Manifest.DefinitionsRecipe is { } resource)
        {
            var recipe = RecipeExecutor.LoadEmbedded(module.GetType().Assembly, resource);
            try
            {
                await context.Executor.ExecuteStepsAsync(recipe.Steps, context.Session, cancellationToken);
            }
            catch (RecipeException e)
            {
                throw context.Error(path, $"The definitions of feature '{id}' failed: {e.Message}");
            }
        }
    }

    private static IEnumerable<(string Id, int Index)> Ids(RecipeStepContext context, string property)
    {
        if (context.Step[property] is null)
        {
            return [];
        }

        if (context.Step[property] is not JsonArray array)
        {
            throw context.Error(property, $"'{property}' must be an array of feature ids.");
        }

        return array.Select((n, i) => (n?.GetValue<string>() ?? "", i)).Where(p => p.Item1.Length > 0).ToList();
    }
}
