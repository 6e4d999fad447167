using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

/// <summary>One field of the item being saved: its value object (created on write), settings and error sink.</summary>
public sealed class FieldContext(ContentItem item, TypeField field, ValidateContentContext validation, ContentLookup lookup)
{
    public ContentItem Item { get; } = item;

    public TypeField Field { get; } = field;

    public ValidateContentContext Validation { get; } = validation;

    public ContentLookup Lookup { get; } = lookup;

    public JsonObject Settings { get; } = field.Definition.FieldSettings;

    public string Path { get; } = $"{field.PartName}.{field.FieldName}";

    public bool Required => Settings.GetBool("Required");

    public string Label => Field.Definition.DisplayName;

    /// <summary>The field's JSON object, or null when the item does not carry the field.</summary>
    public JsonObject? Value => Item.Field(Field.PartName, Field.FieldName);

    public JsonObject Writable => Value ?? (JsonObject)(Item.GetOrCreatePart(Field.PartName)[Field.FieldName] = new JsonObject());

    public void Error(string message, string code = ContentErrorCodes.Invalid) => Validation.AddError(Path, message, code);

    /// <summary>An error a user interface may word in its own language: the label plus the named values (<see cref="ContentErrorArguments"/>).</summary>
    public void Error(string message, string code, params (string Name, object Value)[] arguments)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal) { [ContentErrorArguments.Label] = Label };
        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }

        Validation.AddError(Path, message, code, values);
    }

    public void RequiredError() => Error($"{Label} is required.", ContentErrorCodes.Required, []);

    /// <summary>Reads a string property; a value of another JSON type is reported and treated as absent.</summary>
    public string? ReadString(string property)
    {
        var node = Value?[property];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        Error($"{Label}: '{property}' must be a string.", ContentErrorCodes.WrongType);
        return null;
    }

    /// <summary>Reads an array of strings; anything else is reported.</summary>
    public List<string> ReadStrings(string property)
    {
        var node = Value?[property];
        if (node is null)
        {
            return [];
        }

        if (node is JsonArray array && array.All(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String))
        {
            return array.Select(n => n!.GetValue<string>()).ToList();
        }

        Error($"{Label}: '{property}' must be an array of strings.", ContentErrorCodes.WrongType);
        return [];
    }

    public void WriteStrings(string property, IEnumerable<string> values) =>
        Writable[property] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
