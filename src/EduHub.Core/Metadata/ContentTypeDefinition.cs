using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata;

/// <summary>A content type, in the shape of Orchard Core's <c>ContentDefinition</c> recipe step.</summary>
public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = "";
    public string? DisplayName { get; set; }
    public JsonObject Settings { get; set; } = [];
    public List<ContentTypePartDefinition> ContentTypePartDefinitionRecords { get; set; } = [];

    private Parsed<ContentTypeSettings>? _typeSettings;

    /// <summary>Read on every permission check: parsed once per <see cref="Settings"/> object (settings are replaced, never edited in place).</summary>
    public ContentTypeSettings TypeSettings => Parsed<ContentTypeSettings>.Get(ref _typeSettings, Settings, ContentTypeSettings.From);
}
