namespace EduHub.Core.Metadata;

/// <summary>All content definitions of the site, stored as one versioned document.</summary>
public sealed class ContentDefinitionDocument
{
    public List<ContentTypeDefinition> ContentTypes { get; set; } = [];
    public List<ContentPartDefinition> ContentParts { get; set; } = [];
}
