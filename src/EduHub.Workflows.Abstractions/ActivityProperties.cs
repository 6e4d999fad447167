using System.Globalization;
using System.Text.Json.Nodes;

namespace EduHub.Workflows.Abstractions;

/// <summary>
/// The <c>Properties</c> of an activity in a definition. Expressions may be written as plain strings or in
/// Orchard Core's shape <c>{"Expression": "..."}</c>.
/// </summary>
public sealed class ActivityProperties(string activityId, JsonObject json)
{
    public string ActivityId { get; } = activityId;

    public JsonObject Json { get; } = json;

    public bool Has(string name) => Json[name] is not null;

    public string? Text(string name) => Json[name] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o when o["Expression"] is JsonValue e && e.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    public IReadOnlyList<string> List(string name) => Json[name] switch
    {
        JsonArray a => a.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToJsonString() ?? "").Where(s => s.Length > 0).ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };

    public bool Flag(string name, bool fallback = false) => Json[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;

    /// <summary>A duration as <c>d.hh:mm:ss</c> or ISO 8601 (<c>P3D</c>, <c>PT2H</c>).</summary>
    public TimeSpan? Duration(string name) => ParseDuration(Text(name));

    public static TimeSpan? ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && text.Contains(':', StringComparison.Ordinal))
        {
            return span;
        }

        try
        {
            return System.Xml.XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
