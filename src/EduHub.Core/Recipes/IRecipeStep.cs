namespace EduHub.Core.Recipes;

/// <summary>One kind of recipe step (matched by <see cref="Name"/>, case-insensitive). Modules add their own.</summary>
public interface IRecipeStep
{
    string Name { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
