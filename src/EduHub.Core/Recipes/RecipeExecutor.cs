using System.Reflection;
using System.Text.Json.Nodes;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.Extensions.Logging;

namespace EduHub.Core.Recipes;

/// <summary>
/// Runs a recipe in one transaction, as the system caller: either every step applies or nothing does.
/// Errors name the step index and the JSON path of the problem.
/// </summary>
public sealed class RecipeExecutor(
    DbSessionScope sessions, Database database, IEnumerable<IRecipeStep> steps, ContentCallerAccessor callers, ContentDefinitionManager definitions,
    ILogger<RecipeExecutor> logger)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public Task ExecuteAsync(RecipeDocument recipe, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? parameters = null)
    {
        callers.Set(ContentCaller.System);
        return ExecuteAndOptimizeAsync(Prepare(recipe, parameters), cancellationToken);
    }

    /// <summary>
    /// Runs the recipe in a transaction that is rolled back and tells what it would have changed: per step the
    /// content items created, updated, published... by type (from the audit rows the saves wrote), and the content
    /// types it would add or change. Throws <see cref="RecipeException"/> exactly as a real run would.
    /// </summary>
    public Task<RecipeDryRun> DryRunAsync(RecipeDocument recipe, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? parameters = null)
    {
        callers.Set(ContentCaller.System);
        var json = Prepare(recipe, parameters);
        return sessions.RunAndRollBackAsync(async session =>
        {
            var before = await definitions.GetAsync(session, cancellationToken);
            var previews = new List<RecipeStepPreview>();
            var lastAuditId = await RecipeDryRun.LastAuditIdAsync(session, cancellationToken);
            await ExecuteStepsAsync(json["steps"] as JsonArray ?? [], session, cancellationToken, async (index, name) =>
            {
                previews.Add(new RecipeStepPreview(index, name, await RecipeDryRun.ContentChangesSinceAsync(session, lastAuditId, cancellationToken)));
                lastAuditId = await RecipeDryRun.LastAuditIdAsync(session, cancellationToken);
            });
            return RecipeDryRun.Create(previews, before, await definitions.GetAsync(session, cancellationToken));
        }, cancellationToken);
    }

    private static JsonObject Prepare(RecipeDocument recipe, IReadOnlyDictionary<string, string>? parameters)
    {
        var json = (JsonObject)recipe.Json.DeepClone();
        try
        {
            RecipeVariables.Apply(json, parameters ?? new Dictionary<string, string>());
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or Jint.Runtime.StatementsCountOverflowException or TimeoutException or Jint.Runtime.RecursionDepthOverflowException)
        {
            throw new RecipeException(null, null, "$.variables", $"A [js: ...] expression failed: {e.Message}");
        }

        return json;
    }

    private async Task ExecuteAndOptimizeAsync(JsonObject json, CancellationToken cancellationToken)
    {
        await sessions.RunAsync(session => ExecuteStepsAsync(json["steps"] as JsonArray ?? [], session, cancellationToken), cancellationToken);
        await database.OptimizeAsync(cancellationToken);
    }

    /// <summary>Runs the steps of another recipe inside the current session (module definitions on enable).</summary>
    public async Task ExecuteStepsAsync(JsonArray recipeSteps, DbSession session, CancellationToken cancellationToken, Func<int, string, Task>? afterStep = null)
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
            if (afterStep is not null)
            {
                await afterStep(i, handler.Name);
            }
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
