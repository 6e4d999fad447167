using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduHub.Core.Contents;

/// <summary>Reads and writes content items in Orchard Core's flat JSON shape.</summary>
public static class ContentItemJson
{
    private static readonly HashSet<string> MetadataNames = new(StringComparer.Ordinal)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author", "Id",
    };

    public static JsonObject ToJson(ContentItem item)
    {
        var json = new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentItemVersionId"] = item.ContentItemVersionId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Latest"] = item.Latest,
            ["Published"] = item.Published,
            ["ModifiedUtc"] = FormatDate(item.ModifiedUtc),
            ["PublishedUtc"] = FormatDate(item.PublishedUtc),
            ["CreatedUtc"] = FormatDate(item.CreatedUtc),
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
        };
        foreach (var (name, value) in item.Content)
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    /// <exception cref="FormatException">When a metadata property has the wrong JSON type.</exception>
    public static ContentItem FromJson(JsonObject json)
    {
        var item = new ContentItem
        {
            ContentItemId = ReadString(json, "ContentItemId") ?? "",
            ContentItemVersionId = ReadString(json, "ContentItemVersionId") ?? "",
            ContentType = ReadString(json, "ContentType") ?? "",
            DisplayText = ReadString(json, "DisplayText"),
            Latest = ReadBool(json, "Latest"),
            Published = ReadBool(json, "Published"),
            ModifiedUtc = ReadDate(json, "ModifiedUtc"),
            PublishedUtc = ReadDate(json, "PublishedUtc"),
            CreatedUtc = ReadDate(json, "CreatedUtc"),
            Owner = ReadString(json, "Owner"),
            Author = ReadString(json, "Author"),
        };
        foreach (var (name, value) in json)
        {
            if (!MetadataNames.Contains(name))
            {
                item.Content[name] = value?.DeepClone();
            }
        }

        return item;
    }

    public static string? FormatDate(DateTime? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string? ReadString(JsonObject json, string name) => json[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw new FormatException($"'{name}' must be a string."),
    };

    private static bool ReadBool(JsonObject json, string name) => json[name] switch
    {
        null => false,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw new FormatException($"'{name}' must be true or false."),
    };

    private static DateTime? ReadDate(JsonObject json, string name)
    {
        var text = ReadString(json, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : throw new FormatException($"'{name}' must be an ISO 8601 date.");
    }
}
