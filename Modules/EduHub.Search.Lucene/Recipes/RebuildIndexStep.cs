using EduHub.Core.Recipes;

namespace EduHub.Search.Lucene.Recipes;

/// <summary><c>lucene-index-rebuild</c> (Orchard 1.x) / <c>RebuildIndex</c> (3.0): same arguments as the reset step; the index is emptied and rebuilt.</summary>
internal sealed class RebuildIndexStep(IndexProfileSteps steps, string name) : IRecipeStep
{
    public string Name { get; } = name;

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        steps.RequestRebuildAsync(context, "rebuilt by a recipe", cancellationToken);
}
