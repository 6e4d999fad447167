namespace EduHub.Core.Recipes;

/// <summary>A recipe that cannot run. Nothing of it was applied.</summary>
/// <param name="StepIndex">Zero-based index of the failing step, when known.</param>
/// <param name="JsonPath">Where in the recipe the problem is, e.g. <c>$.steps[2].Data[5].Platform.Website</c>.</param>
public sealed class RecipeException(int? stepIndex, string? stepName, string jsonPath, string problem)
    : Exception(stepIndex is null ? $"{jsonPath}: {problem}" : $"Step {stepIndex} ({stepName}) at {jsonPath}: {problem}")
{
    public int? StepIndex { get; } = stepIndex;

    public string? StepName { get; } = stepName;

    public string JsonPath { get; } = jsonPath;

    public string Problem { get; } = problem;
}
