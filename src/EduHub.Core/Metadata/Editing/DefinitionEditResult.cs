namespace EduHub.Core.Metadata.Editing;

/// <param name="Problem">Why the change was refused (nothing saved), or null.</param>
/// <param name="ExistingItems">Items of the type (their latest versions) that the change applies to.</param>
/// <param name="Version">The definitions version after the change (unchanged for a preview or a refusal).</param>
public sealed record DefinitionEditResult(DefinitionProblem? Problem, long ExistingItems, DefinitionImpact Impact, long Version)
{
    public bool Succeeded => Problem is null;
}
