using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.Core.Data.Indexes;

/// <summary>
/// Turns a version's fields into index rows. Single-valued scalar fields always get a row (NULL when
/// empty) so sorting and "is empty" filters see every item; multi-valued fields get one row per value.
/// HTML and Markdown bodies are left to full-text search.
/// </summary>
public static class FieldIndexBuilder
{
    public static FieldIndexRows Build(ContentItem item, ContentDefinitionSnapshot definitions)
    {
        var rows = new FieldIndexRows();
        foreach (var field in definitions.FieldsOf(item.ContentType))
        {
            AddField(rows, field, item.Field(field.PartName, field.FieldName));
        }

        if (item.Part("PublishLaterPart") is { } later && ReadDate(later["ScheduledPublishUtc"]) is { } due)
        {
            rows.DateTime.Add(new("PublishLaterPart", "ScheduledPublishUtc", due));
        }

        return rows;
    }

    private static void AddField(FieldIndexRows rows, TypeField field, JsonObject? value)
    {
        var (part, name) = (field.PartName, field.FieldName);
        switch (field.Kind)
        {
            case FieldKind.TextField:
                AddText(rows, part, name, ReadString(value?["Text"]));
                break;
            case FieldKind.LinkField:
                AddText(rows, part, name, ReadString(value?["Url"]));
                break;
            case FieldKind.MultiTextField:
                foreach (var text in ReadStrings(value?["Values"]))
                {
                    AddText(rows, part, name, text);
                }

                break;
            case FieldKind.NumericField:
                rows.Numeric.Add(new(part, name, JsonNumbers.TryGetDouble(value?["Value"], out var number) ? number : null));
                break;
            case FieldKind.BooleanField:
                rows.Boolean.Add(new(part, name, value?["Value"] is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? b.GetValue<bool>() : null));
                break;
            case FieldKind.DateField or FieldKind.DateTimeField:
                rows.DateTime.Add(new(part, name, ReadDate(value?["Value"])));
                break;
            case FieldKind.ContentPickerField:
                var position = 0;
                foreach (var id in ReadStrings(value?["ContentItemIds"]))
                {
                    rows.Pickers.Add(new(part, name, id, position++));
                }

                break;
            case FieldKind.TaxonomyField:
                var taxonomyId = ReadString(value?["TaxonomyContentItemId"]);
                foreach (var term in ReadStrings(value?["TermContentItemIds"]))
                {
                    rows.Terms.Add(new(part, name, taxonomyId, term));
                }

                break;
            default:
                break;
        }
    }

    private static void AddText(FieldIndexRows rows, string part, string field, string? text) =>
        rows.Text.Add(new(part, field, TextFolding.Truncate(text), TextFolding.Fold(text)));

    internal static string? ReadString(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    internal static IEnumerable<string> ReadStrings(JsonNode? node) =>
        node is JsonArray array ? array.Select(ReadString).OfType<string>() : [];

    internal static DateTime? ReadDate(JsonNode? node) =>
        ReadString(node) is { Length: > 0 } text
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : null;
}
