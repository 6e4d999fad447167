using EduHub.Core.Data;

namespace EduHub.Core.Recipes.Steps;

/// <summary><c>{"name": "settings", "SiteName": "...", "DefaultCulture": "hy", ...}</c>: every property becomes a site setting.</summary>
internal sealed class SettingsStep(SiteSettingsStore settings) : IRecipeStep
{
    public string Name => "settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in context.Step)
        {
            if (!string.Equals(name, "name", StringComparison.OrdinalIgnoreCase))
            {
                await settings.SetAsync(context.Session, name, value?.DeepClone(), cancellationToken);
            }
        }
    }
}
