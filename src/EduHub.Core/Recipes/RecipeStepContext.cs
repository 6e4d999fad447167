using System.Text.Json.Nodes;
using EduHub.Core.Data;

namespace EduHub.Core.Recipes;

public sealed class RecipeStepContext(JsonObject step, int index, DbSession session, RecipeExecutor executor)
{
    public JsonObject Step { get; } = step;

    public int Index { get; } = index;

    public DbSession Session { get; } = session;

    public RecipeExecutor Executor { get; } = executor;

    public string StepName => Step["name"]?.GetValue<string>() ?? "";

    /// <summary>The JSON path of a property of this step, e.g. <c>$.steps[2].Data[5]</c>.</summary>
    public string PathOf(string relative) => $"$.steps[{Index}]" + (relative.Length == 0 || relative.StartsWith('[') ? relative : "." + relative);

    public RecipeException Error(string relativePath, string problem) => new(Index, StepName, PathOf(relativePath), problem);
}
