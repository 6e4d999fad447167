using System.Text.Json.Nodes;
using EduHub.Core.Recipes;

namespace EduHub.Search.Lucene.Recipes;

/// <summary>
/// Orchard Core's <c>lucene-index</c> step:
/// <c>{"name": "lucene-index", "Indices": [{"Search": {"AnalyzerName", "IndexLatest", "IndexedContentTypes", "Culture", "StoreSourceData"}}]}</c>.
/// </summary>
internal sealed class LuceneIndexStep(IndexProfileSteps steps) : IRecipeStep
{
    public string Name => "lucene-index";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Indices"] is not JsonArray indices)
        {
            throw context.Error("Indices", "The lucene-index step needs an 'Indices' array.");
        }

        for (var i = 0; i < indices.Count; i++)
        {
            if (indices[i] is not JsonObject entry)
            {
                throw context.Error($"Indices[{i}]", "Each entry is an object: {\"IndexName\": {settings}}.");
            }

            foreach (var (name, settings) in entry)
            {
                if (settings is not JsonObject values)
                {
                    throw context.Error($"Indices[{i}].{name}", "The index settings must be an object.");
                }

                await steps.SaveAsync(context, $"Indices[{i}].{name}", name, values, values, cancellationToken);
            }
        }
    }
}
