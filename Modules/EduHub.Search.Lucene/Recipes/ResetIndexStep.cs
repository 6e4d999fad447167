using EduHub.Core.Recipes;

namespace EduHub.Search.Lucene.Recipes;

/// <summary>
/// <c>lucene-index-reset</c> (Orchard 1.x) / <c>ResetIndex</c> (3.0): <c>{"Indices": [...]}</c>, <c>{"IndexNames": [...]}</c>
/// or <c>{"IncludeAll": true}</c>. Every node re-reads the items from the database (a rebuild) after the recipe commits.
/// </summary>
internal sealed class ResetIndexStep(IndexProfileSteps steps, string name) : IRecipeStep
{
    public string Name { get; } = name;

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        steps.RequestRebuildAsync(context, "reset by a recipe", cancellationToken);
}
