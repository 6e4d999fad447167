using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata;

/// <summary>
/// Lenient readers for settings objects: recipes written for Orchard Core store numbers and booleans
/// sometimes as strings ("Position": "3"), so both forms are accepted.
/// </summary>
public static class JsonSettingsExtensions
{
    public static string? GetString(this JsonObject json, string name) => json[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => null,
    };

    public static bool GetBool(this JsonObject json, string name, bool fallback = false) => json[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && bool.TryParse(v.GetValue<string>(), out var b) => b,
        _ => fallback,
    };

    public static decimal? GetDecimal(this JsonObject json, string name) => json[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonNumbers.TryGetDecimal(v, out var number) ? number : null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String
            && decimal.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static int? GetInt(this JsonObject json, string name) => json.GetDecimal(name) is { } d ? (int)d : null;

    public static IReadOnlyList<string> GetStrings(this JsonObject json, string name) => json[name] is JsonArray array
        ? array.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null)
            .OfType<string>().ToList()
        : [];
}
