using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata;

/// <summary>A part attached to a type. <see cref="Name"/> differs from <see cref="PartName"/> for named parts.</summary>
public sealed class ContentTypePartDefinition
{
    public string PartName { get; set; } = "";
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
}
