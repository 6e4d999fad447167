using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EduHub.Core.Metadata;

namespace EduHub.Core.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>ContentDefinition</c> step. Types and parts are merged by name: a listed part or field
/// replaces the one with the same name, others stay, so module recipes can be applied again safely.
/// </summary>
internal sealed class ContentDefinitionStep(ContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var current = await definitions.GetAsync(context.Session, cancellationToken);
        var document = JsonSerializer.Deserialize<ContentDefinitionDocument>(JsonSerializer.Serialize(current.Document, ContentDefinitionManager.JsonOptions))!;
        var parts = Read<ContentPartDefinition>(context, "ContentParts");
        var types = Read<ContentTypeDefinition>(context, "ContentTypes");

        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            ValidateName(context, $"ContentParts[{i}].Name", part.Name);
            for (var f = 0; f < part.ContentPartFieldDefinitionRecords.Count; f++)
            {
                var field = part.ContentPartFieldDefinitionRecords[f];
                ValidateName(context, $"ContentParts[{i}].ContentPartFieldDefinitionRecords[{f}].Name", field.Name);
                if (!Enum.TryParse<FieldKind>(field.FieldName, out var kind) || kind == FieldKind.Unknown)
                {
                    throw context.Error($"ContentParts[{i}].ContentPartFieldDefinitionRecords[{f}].FieldName", $"Unknown field type '{field.FieldName}' (known: {string.Join(", ", Enum.GetNames<FieldKind>().Skip(1))}).");
                }
            }

            Merge(document.ContentParts, part, p => p.Name, (existing, incoming) =>
            {
                existing.Settings = incoming.Settings.Count > 0 ? incoming.Settings : existing.Settings;
                foreach (var field in incoming.ContentPartFieldDefinitionRecords)
                {
                    Merge(existing.ContentPartFieldDefinitionRecords, field, x => x.Name, null);
                }
            });
        }

        var knownParts = document.ContentParts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            ValidateName(context, $"ContentTypes[{i}].Name", type.Name);
            for (var p = 0; p < type.ContentTypePartDefinitionRecords.Count; p++)
            {
                var typePart = type.ContentTypePartDefinitionRecords[p];
                if (string.IsNullOrEmpty(typePart.Name))
                {
                    typePart.Name = typePart.PartName;
                }

                if (!BuiltInPartNames.All.Contains(typePart.PartName) && !knownParts.Contains(typePart.PartName) && typePart.PartName != type.Name)
                {
                    throw context.Error($"ContentTypes[{i}].ContentTypePartDefinitionRecords[{p}].PartName", $"Unknown part '{typePart.PartName}'.");
                }
            }

            Merge(document.ContentTypes, type, t => t.Name, (existing, incoming) =>
            {
                existing.DisplayName = incoming.DisplayName ?? existing.DisplayName;
                existing.Settings = incoming.Settings.Count > 0 ? incoming.Settings : existing.Settings;
                foreach (var typePart in incoming.ContentTypePartDefinitionRecords)
                {
                    Merge(existing.ContentTypePartDefinitionRecords, typePart, x => x.Name, null);
                }
            });
        }

        await definitions.SaveAsync(context.Session, document, "recipe", cancellationToken);
    }

    private static List<T> Read<T>(RecipeStepContext context, string property)
    {
        if (context.Step[property] is null)
        {
            return [];
        }

        try
        {
            return context.Step[property].Deserialize<List<T>>(ContentDefinitionManager.JsonOptions) ?? [];
        }
        catch (JsonException e)
        {
            throw context.Error(property + (e.Path is { Length: > 1 } p ? p[1..] : ""), $"Invalid definition: {e.Message.Split(" Path:")[0]}");
        }
    }

    private static void ValidateName(RecipeStepContext context, string path, string name)
    {
        if (!Identifier().IsMatch(name ?? ""))
        {
            throw context.Error(path, $"'{name}' is not a valid name (letters, digits and '_', starting with a letter).");
        }
    }

    private static void Merge<T>(List<T> list, T incoming, Func<T, string> key, Action<T, T>? merge)
    {
        var index = list.FindIndex(x => key(x) == key(incoming));
        if (index < 0)
        {
            list.Add(incoming);
        }
        else if (merge is null)
        {
            list[index] = incoming;
        }
        else
        {
            merge(list[index], incoming);
        }
    }

    private static Regex Identifier() => DefinitionNames.Identifier();
}
