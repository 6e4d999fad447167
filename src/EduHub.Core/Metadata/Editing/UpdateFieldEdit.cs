using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata.Editing;

/// <summary>
/// A field's display name, hint, required flag and its type-specific settings (the <c>{FieldType}Settings</c>
/// object as JSON, e.g. <c>{"MaxLength": 300}</c> for a text field or <c>{"DisplayedContentTypes": ["School"]}</c>).
/// </summary>
public sealed record UpdateFieldEdit(string TypeName, string FieldName, string DisplayName, string? Hint, bool Required, bool Private, string? SettingsJson)
    : DefinitionEdit(TypeName)
{
    /// <summary>Set by <see cref="Apply"/>: whether the field becomes required now (existing items may lack a value).</summary>
    private bool _becomesRequired;

    public override DefinitionImpact Impact => _becomesRequired ? DefinitionImpact.RequiresValues : DefinitionImpact.None;

    public override DefinitionProblem? Apply(ContentDefinitionDocument document)
    {
        if (FindType(document) is not { } type)
        {
            return UnknownType(TypeName);
        }

        var field = OwnPart(document, type).ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == FieldName);
        if (field is null)
        {
            return new("FieldName", $"The type has no field '{FieldName}'.");
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            return new("DisplayName", "Enter a display name.");
        }

        JsonObject specific;
        try
        {
            specific = string.IsNullOrWhiteSpace(SettingsJson) ? [] : JsonNode.Parse(SettingsJson) as JsonObject ?? throw new JsonException("Settings must be a JSON object.");
        }
        catch (JsonException e)
        {
            return new("SettingsJson", $"Invalid settings JSON: {e.Message.Split(" Path:")[0]}");
        }

        var settings = (JsonObject)field.Settings.DeepClone();
        var wasRequired = field.FieldSettings.GetBool("Required");
        var common = Section(settings, "ContentPartFieldSettings");
        common[nameof(DisplayName)] = DisplayName.Trim();
        common[nameof(Hint)] = string.IsNullOrWhiteSpace(Hint) ? null : Hint.Trim();
        common[nameof(Private)] = Private ? true : null;
        specific[nameof(Required)] = Required;
        specific[nameof(Hint)] = common[nameof(Hint)]?.DeepClone();
        settings[field.FieldName + "Settings"] = specific;
        field.Settings = settings;
        _becomesRequired = Required && !wasRequired;
        return null;
    }
}
