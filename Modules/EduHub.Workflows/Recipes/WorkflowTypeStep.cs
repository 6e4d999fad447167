using System.Text.Json.Nodes;
using EduHub.Core.Recipes;
using EduHub.Workflows.Data;
using EduHub.Workflows.Engine;

namespace EduHub.Workflows.Recipes;

/// <summary>
/// Orchard Core's <c>WorkflowType</c> step: <c>{"name": "WorkflowType", "data": [ {WorkflowTypeId, Name, ...} ]}</c>.
/// Every definition is checked before anything is stored; one bad definition fails the recipe (which then changes nothing).
/// </summary>
internal sealed class WorkflowTypeStep(WorkflowTypeParserFactory parsers, WorkflowTypeStore store) : IRecipeStep
{
    public string Name => "WorkflowType";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["data"] is not JsonArray data)
        {
            throw context.Error("data", "The WorkflowType step needs a 'data' array of workflow types.");
        }

        var parser = parsers.Create(context.Session);
        var parsed = new List<Models.WorkflowType>();
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject json)
            {
                throw context.Error($"data[{i}]", "A workflow type must be a JSON object.");
            }

            var (type, errors) = parser.Parse(json);
            if (errors.Count > 0)
            {
                var (path, problem) = errors[0];
                var more = errors.Count > 1 ? $" (and {errors.Count - 1} more: {string.Join(" ", errors.Skip(1).Select(e => $"{e.Path}: {e.Problem}"))})" : "";
                throw context.Error($"data[{i}].{path}", problem + more);
            }

            parsed.Add(type!);
        }

        foreach (var type in parsed)
        {
            await store.SaveAsync(context.Session, type, cancellationToken);
        }
    }
}
