using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduHub.Core.Recipes;

/// <summary>A recipe in Orchard Core's format: metadata, <c>variables</c> and <c>steps</c>.</summary>
public sealed class RecipeDocument(JsonObject json)
{
    private static readonly JsonDocumentOptions ParseOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public JsonObject Json { get; } = json;

    public string Name => Json["name"]?.GetValue<string>() ?? "";

    public bool IsSetupRecipe => Json["issetuprecipe"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    public JsonArray Steps => Json["steps"] as JsonArray ?? [];

    /// <exception cref="RecipeException">Malformed JSON, or no <c>steps</c> array.</exception>
    public static RecipeDocument Parse(string text)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: ParseOptions);
        }
        catch (JsonException e)
        {
            throw new RecipeException(null, null, e.Path ?? "$", $"Invalid JSON (line {e.LineNumber + 1}, position {CharacterPosition(text, e) + 1}): {e.Message.Split(" Path:")[0]}");
        }

        if (node is not JsonObject json)
        {
            throw new RecipeException(null, null, "$", "A recipe must be a JSON object.");
        }

        if (json["steps"] is not JsonArray)
        {
            throw new RecipeException(null, null, "$.steps", "A recipe needs a 'steps' array.");
        }

        return new RecipeDocument(json);
    }

    /// <summary>The parser counts UTF-8 bytes; people count characters (Armenian letters are two bytes each).</summary>
    private static long CharacterPosition(string text, JsonException e)
    {
        var lines = text.Split('\n');
        if (e.LineNumber is not { } line || line >= lines.Length || e.BytePositionInLine is not { } bytes)
        {
            return e.BytePositionInLine ?? 0;
        }

        var utf8 = System.Text.Encoding.UTF8.GetBytes(lines[line]);
        return System.Text.Encoding.UTF8.GetCharCount(utf8, 0, (int)Math.Min(bytes, utf8.Length));
    }
}
