using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata;

public sealed class ContentPartDefinition
{
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
    public List<ContentPartFieldDefinition> ContentPartFieldDefinitionRecords { get; set; } = [];
}
