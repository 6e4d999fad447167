using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.PortalTheme.Rendering;

/// <summary>Reads field values of Orchard Core's stored shape (<c>{Text}</c>, <c>{Values}</c>, <c>{Url}</c>, ...) for display.</summary>
public static class ItemFields
{
    public static string? Text(this ContentItem item, string part, string field) => Scalar(item.Field(part, field)?["Text"]);

    public static string? Html(this ContentItem item, string part, string field) => Scalar(item.Field(part, field)?["Html"]);

    public static string? Url(this ContentItem item, string part, string field) => Scalar(item.Field(part, field)?["Url"]);

    public static decimal? Number(this ContentItem item, string part, string field) =>
        item.Field(part, field)?["Value"] is JsonValue v && v.TryGetValue(out decimal d) ? d : null;

    public static IReadOnlyList<string> Strings(this ContentItem item, string part, string field, string property = "Values") =>
        item.Field(part, field)?[property] is JsonArray values ? [.. values.Select(Scalar).OfType<string>()] : [];

    /// <summary>Picker targets / taxonomy terms, in the stored order.</summary>
    public static IReadOnlyList<string> Ids(this ContentItem item, string part, string field) =>
        item.Strings(part, field, item.Field(part, field)?["TermContentItemIds"] is null ? "ContentItemIds" : "TermContentItemIds");

    private static string? Scalar(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
