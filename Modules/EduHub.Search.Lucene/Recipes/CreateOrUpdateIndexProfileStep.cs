using System.Text.Json.Nodes;
using EduHub.Core.Metadata;
using EduHub.Core.Recipes;

namespace EduHub.Search.Lucene.Recipes;

/// <summary>
/// Orchard Core 3.0's shape: <c>{"name": "CreateOrUpdateIndexProfile", "indexes": [{"Name", "IndexName", "ProviderName": "Lucene",
/// "Type": "Content", "Properties": {"ContentIndexMetadata": {...}, "LuceneIndexMetadata": {...}}}]}</c>.
/// </summary>
internal sealed class CreateOrUpdateIndexProfileStep(IndexProfileSteps steps) : IRecipeStep
{
    public string Name => "CreateOrUpdateIndexProfile";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if ((context.Step["indexes"] ?? context.Step["Indexes"]) is not JsonArray indexes)
        {
            throw context.Error("indexes", "The CreateOrUpdateIndexProfile step needs an 'indexes' array.");
        }

        for (var i = 0; i < indexes.Count; i++)
        {
            if (indexes[i] is not JsonObject index)
            {
                throw context.Error($"indexes[{i}]", "Each index is an object.");
            }

            var provider = index.GetString("ProviderName");
            if (provider is not null && !string.Equals(provider, "Lucene", StringComparison.OrdinalIgnoreCase))
            {
                throw context.Error($"indexes[{i}].ProviderName", $"Only the Lucene provider is available, not '{provider}'.");
            }

            var properties = index["Properties"] as JsonObject ?? [];
            await steps.SaveAsync(
                context, $"indexes[{i}]", index.GetString("IndexName") ?? index.GetString("Name"),
                properties["ContentIndexMetadata"] as JsonObject ?? [], properties["LuceneIndexMetadata"] as JsonObject ?? [], cancellationToken);
        }
    }
}
