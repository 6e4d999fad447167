using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Metadata;

namespace EduHub.Core.Recipes;

/// <summary>
/// Writes definitions and content to a recipe that imports into an empty site with equal content.
/// Taxonomies come first (their terms are validated on import); for an item with a draft over a published
/// version both are exported in version order (published first), so the import recreates both.
/// </summary>
public sealed class RecipeExporter(DbSessionScope sessions, ContentStore store, ContentDefinitionManager definitions, TimeProvider clock)
{
    public async Task<JsonObject> ExportAsync(IReadOnlyCollection<string>? contentTypes, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        var unknown = contentTypes?.FirstOrDefault(t => snapshot.GetType(t) is null);
        if (unknown is not null)
        {
            throw new RecipeException(null, null, "--types", $"'{unknown}' is not a content type.");
        }

        var types = snapshot.Types.Where(t => contentTypes is null || contentTypes.Contains(t.Name)).ToList();
        var partNames = types.SelectMany(t => t.ContentTypePartDefinitionRecords.Select(p => p.PartName)).ToHashSet(StringComparer.Ordinal);
        var definitionStep = new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = JsonSerializer.SerializeToNode(types, ContentDefinitionManager.JsonOptions),
            ["ContentParts"] = JsonSerializer.SerializeToNode(snapshot.Document.ContentParts.Where(p => partNames.Contains(p.Name)).ToList(), ContentDefinitionManager.JsonOptions),
        };

        var data = new JsonArray();
        await sessions.ReadAsync(async session =>
        {
            var typeNames = types.Select(t => t.Name).ToList();
            var ids = (await session.Connection.QueryAsync<long>(new CommandDefinition(
                $"""
                SELECT Id FROM ContentItemIndex
                WHERE Deleted = FALSE AND (Latest = TRUE OR Published = TRUE) AND {session.Dialect.In("ContentType", "@typeNames")}
                ORDER BY CASE WHEN ContentType = 'Taxonomy' THEN 0 ELSE 1 END, Id
                """,
                new { typeNames }, session.Transaction, cancellationToken: cancellationToken))).ToList();
            foreach (var chunk in ids.Chunk(500))
            {
                foreach (var item in await store.LoadAsync(session, chunk, cancellationToken))
                {
                    data.Add(ContentItemJson.ToJson(item));
                }
            }

            return true;
        }, cancellationToken);

        return new JsonObject
        {
            ["name"] = "eduhub.export",
            ["displayName"] = "EduHub export",
            ["description"] = $"Exported {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC",
            ["author"] = "EduHub",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["steps"] = new JsonArray(definitionStep, new JsonObject { ["name"] = "content", ["Data"] = data }),
        };
    }
}
