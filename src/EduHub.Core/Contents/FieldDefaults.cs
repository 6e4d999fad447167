using System.Text.Json.Nodes;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents;

/// <summary>Fills the <c>DefaultValue</c> of text, numeric and boolean fields that a new item does not carry.</summary>
internal static class FieldDefaults
{
    public static void Apply(ContentItem item, ContentDefinitionSnapshot definitions)
    {
        foreach (var field in definitions.FieldsOf(item.ContentType))
        {
            if (item.Field(field.PartName, field.FieldName) is not null)
            {
                continue;
            }

            var settings = field.Definition.FieldSettings;
            JsonObject? value = field.Kind switch
            {
                FieldKind.TextField => (settings.GetString("DefaultValue")
                    ?? (field.Definition.Settings["TextFieldPredefinedListEditorSettings"] as JsonObject)?.GetString("DefaultValue")) is { Length: > 0 } text
                    ? new JsonObject { ["Text"] = text } : null,
                FieldKind.NumericField => settings.GetDecimal("DefaultValue") is { } number ? new JsonObject { ["Value"] = number } : null,
                FieldKind.BooleanField => settings["DefaultValue"] is not null ? new JsonObject { ["Value"] = settings.GetBool("DefaultValue") } : null,
                _ => null,
            };
            if (value is not null)
            {
                item.GetOrCreatePart(field.PartName)[field.FieldName] = value;
            }
        }
    }
}
