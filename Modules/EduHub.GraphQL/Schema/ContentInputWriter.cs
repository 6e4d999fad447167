using System.Globalization;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.GraphQL.Schema;

/// <summary>Writes a mutation's input onto an item's JSON; fields absent from the input keep their value, null clears them.</summary>
internal static class ContentInputWriter
{
    private static readonly Dictionary<string, (string Part, string Property)> BuiltIns = new(StringComparer.Ordinal)
    {
        ["title"] = ("TitlePart", "Title"), ["path"] = ("AutoroutePart", "Path"), ["culture"] = ("LocalizationPart", "Culture"),
        ["localizationSet"] = ("LocalizationPart", "LocalizationSet"), ["html"] = ("HtmlBodyPart", "Html"),
        ["scheduledPublishUtc"] = ("PublishLaterPart", "ScheduledPublishUtc"), ["alias"] = ("AliasPart", "Alias"),
    };

    public static void Apply(ContentItem item, IDictionary<string, object?> input, ContentDefinitionSnapshot definitions)
    {
        var type = definitions.GetType(item.ContentType)!;
        foreach (var (key, value) in input)
        {
            if (BuiltIns.TryGetValue(key, out var builtIn))
            {
                item.GetOrCreatePart(builtIn.Part)[builtIn.Property] = value switch
                {
                    null => null,
                    DateTime d => ContentItemJson.FormatDate(d),
                    DateTimeOffset o => ContentItemJson.FormatDate(o.UtcDateTime),
                    _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
                };
                continue;
            }

            var ownField = definitions.FieldsOf(type.Name).FirstOrDefault(f => f.PartName == type.Name && GraphQLNames.Camel(f.FieldName) == key);
            if (ownField is not null)
            {
                Write(item, ownField, value);
                continue;
            }

            var namedPart = type.ContentTypePartDefinitionRecords.FirstOrDefault(p => GraphQLNames.PartField(p.Name) == key);
            if (namedPart is not null && value is IDictionary<string, object?> partInput)
            {
                foreach (var field in definitions.FieldsOf(type.Name).Where(f => f.PartName == namedPart.Name))
                {
                    if (partInput.TryGetValue(GraphQLNames.Camel(field.FieldName), out var fieldValue))
                    {
                        Write(item, field, fieldValue);
                    }
                }
            }
        }
    }

    private static void Write(ContentItem item, TypeField field, object? value)
    {
        var part = item.GetOrCreatePart(field.PartName);
        if (value is null)
        {
            part.Remove(field.FieldName);
            return;
        }

        part[field.FieldName] = field.Kind switch
        {
            FieldKind.TextField => new JsonObject { ["Text"] = (string)value },
            FieldKind.HtmlField => new JsonObject { ["Html"] = (string)value },
            FieldKind.MarkdownField => new JsonObject { ["Markdown"] = (string)value },
            FieldKind.NumericField => new JsonObject { ["Value"] = Convert.ToDecimal(value, CultureInfo.InvariantCulture) },
            FieldKind.BooleanField => new JsonObject { ["Value"] = (bool)value },
            FieldKind.DateField => new JsonObject { ["Value"] = value is DateOnly d ? ContentItemJson.FormatDate(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)) : Convert.ToString(value, CultureInfo.InvariantCulture) },
            FieldKind.DateTimeField => new JsonObject { ["Value"] = value is DateTime dt ? ContentItemJson.FormatDate(dt) : value is DateTimeOffset o ? ContentItemJson.FormatDate(o.UtcDateTime) : Convert.ToString(value, CultureInfo.InvariantCulture) },
            FieldKind.LinkField => Link((IDictionary<string, object?>)value),
            FieldKind.ContentPickerField => new JsonObject { ["ContentItemIds"] = Strings(value) },
            FieldKind.TaxonomyField => new JsonObject { ["TaxonomyContentItemId"] = field.Definition.FieldSettings.GetString("TaxonomyContentItemId"), ["TermContentItemIds"] = Strings(value) },
            FieldKind.MultiTextField => new JsonObject { ["Values"] = Strings(value) },
            _ => new JsonObject { ["Paths"] = Strings(value), ["MediaTexts"] = new JsonArray() },
        };
    }

    private static JsonObject Link(IDictionary<string, object?> link) => new()
    {
        ["Url"] = link.TryGetValue("url", out var url) ? url as string : null,
        ["Text"] = link.TryGetValue("text", out var text) ? text as string : null,
        ["Target"] = link.TryGetValue("target", out var target) ? target as string : null,
    };

    private static JsonArray Strings(object value) =>
        new((value as IEnumerable<object?> ?? []).Select(v => (JsonNode?)JsonValue.Create(v as string)).ToArray());
}
