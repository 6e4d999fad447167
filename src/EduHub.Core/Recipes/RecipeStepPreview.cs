namespace EduHub.Core.Recipes;

/// <summary>What one step of a dry-run recipe changed in content: how many items of each type, per action.</summary>
public sealed record RecipeStepPreview(int Index, string Name, IReadOnlyList<RecipeContentChange> ContentChanges);

/// <param name="Action">The audit action: Created, Updated, Published, Unpublished, Removed, ...</param>
public sealed record RecipeContentChange(string ContentType, string Action, int Count);
