using System.Reflection;
using System.Text.Json.Nodes;
using EduHub.Core.Data;
using EduHub.Core.Security;
using Microsoft.Extensions.Logging;

namespace EduHub.Core.Recipes;

/// <summary>
/// Runs a recipe in one transaction, as the system caller: either every step applies or nothing does.
/// Errors name the step index and the JSON path of the problem.
/// </summary>
public sealed class RecipeExecutor(DbSessionScope sessions, Database database, IEnumerable<IRecipeStep> steps, ContentCallerAccessor callers, ILogger<RecipeExecutor> logger)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public Task ExecuteAsync(RecipeDocument recipe, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? parameters = null)
    {
        callers.Set(ContentCaller.System);
        var json = (JsonObject)recipe.Json.DeepClone();
        try
        {
            RecipeVariables.Apply(json, parameters ?? new Dictionary<string, string>());
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or Jint.Runtime.StatementsCountOverflowException or TimeoutException or Jint.Runtime.RecursionDepthOverflowException)
        {
            throw new RecipeException(null, null, "$.variables", $"A [js: ...] expression failed: {e.Message}");
        }

        return ExecuteAndOptimizeAsync(json, cancellationToken);
    }

    private async Task ExecuteAndOptimizeAsync(JsonObject json, CancellationToken cancellationToken)
    {
        await sessions.RunAsync(session => ExecuteStepsAsync(json["steps"] as JsonArray ?? [], session, cancellationToken), cancellationToken);
        await database.OptimizeAsync(cancellationToken);
    }

    /// <summary>Runs the steps of another recipe inside the current session (module definitions on enable).</summary>
    public async Task ExecuteStepsAsync(JsonArray recipeSteps, DbSession session, CancellationToken cancellationToken)
    {
        for (var i = 0; i < recipeSteps.Count; i++)
        {
            if (recipeSteps[i] is not JsonObject step || step["name"] is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var name))
            {
                throw new RecipeException(i, null, $"$.steps[{i}].name", "Each step needs a 'name'.");
            }

            if (!_steps.TryGetValue(name, out var handler))
            {
                throw new RecipeException(i, name, $"$.steps[{i}].name", $"Unknown recipe step '{name}' (known: {string.Join(", ", _steps.Keys.Order())}).");
            }

            logger.LogDebug("Recipe step {Index} {Name}", i, name);
            await handler.ExecuteAsync(new RecipeStepContext(step, i, session, this), cancellationToken);
        }
    }

    /// <summary>Loads a recipe embedded in a module assembly.</summary>
    public static RecipeDocument LoadEmbedded(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded recipe '{resourceName}' not found in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return RecipeDocument.Parse(reader.ReadToEnd());
    }
}
