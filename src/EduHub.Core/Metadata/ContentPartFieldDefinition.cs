using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata;

public sealed class ContentPartFieldDefinition
{
    /// <summary>The field type, e.g. <c>TextField</c>.</summary>
    public string FieldName { get; set; } = "";

    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];

    /// <summary>The <c>{FieldType}Settings</c> object, empty when absent.</summary>
    public JsonObject FieldSettings => Settings[FieldName + "Settings"] as JsonObject ?? [];

    public JsonObject PartFieldSettings => Settings["ContentPartFieldSettings"] as JsonObject ?? [];

    /// <summary>Private fields (contact data of people) are hidden from callers without the right to see them.</summary>
    private Parsed<bool>? _isPrivate;
    private Parsed<IReadOnlyList<string>>? _displayedContentTypes;

    /// <summary>A picker's allowed target types (<c>ContentPickerFieldSettings.DisplayedContentTypes</c>); read per picked value.</summary>
    public IReadOnlyList<string> DisplayedContentTypes =>
        Parsed<IReadOnlyList<string>>.Get(ref _displayedContentTypes, Settings, s => (s[FieldName + "Settings"] as JsonObject ?? []).GetStrings("DisplayedContentTypes"));


    /// <remarks>Read for every item of every read: parsed once per <see cref="Settings"/> object.</remarks>
    public bool IsPrivate => Parsed<bool>.Get(ref _isPrivate, Settings, s => (s["ContentPartFieldSettings"] as JsonObject ?? []).GetBool("Private"));

    public string DisplayName => PartFieldSettings.GetString("DisplayName") ?? Name;
}
