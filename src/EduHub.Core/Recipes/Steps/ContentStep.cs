using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "content", "Data": [ContentItem JSON, ...]}</c>: upsert by ContentItemId, so importing
/// twice leaves the same state. Items of one step may point at each other in any order.
/// </summary>
internal sealed class ContentStep(ContentManager contentManager, ContentLookup lookup) : IRecipeStep
{
    public string Name => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Data"] is not JsonArray data)
        {
            throw context.Error("Data", "The content step needs a 'Data' array of content items.");
        }

        var items = new List<ContentItem>(data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject json)
            {
                throw context.Error($"Data[{i}]", "A content item must be a JSON object.");
            }

            try
            {
                items.Add(ContentItemJson.FromJson(json));
            }
            catch (FormatException e)
            {
                throw context.Error($"Data[{i}]", e.Message);
            }
        }

        foreach (var item in items.Where(i => IdGenerator.IsValid(i.ContentItemId)))
        {
            lookup.Expect(context.Session, item.ContentItemId, item.ContentType);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var result = await contentManager.UpsertAsync(item, new ContentSaveOptions(Publish: item.Published), cancellationToken);
            if (!result.Succeeded)
            {
                var error = result.ErrorList.FirstOrDefault();
                throw context.Error(error is null ? $"Data[{i}]" : $"Data[{i}].{error.Path}",
                    $"{item.ContentType} '{item.DisplayText ?? item.ContentItemId}': {string.Join(" ", result.ErrorList.Select(e => e.Message).DefaultIfEmpty(result.Message))}");
            }
        }
    }
}
