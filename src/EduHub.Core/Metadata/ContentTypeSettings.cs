using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata;

public sealed record ContentTypeSettings(
    bool Creatable, bool Listable, bool Draftable, bool Versionable, bool Securable, string? Stereotype, string? Description)
{
    public static ContentTypeSettings From(JsonObject typeSettings)
    {
        var s = typeSettings["ContentTypeSettings"] as JsonObject ?? [];
        return new ContentTypeSettings(
            s.GetBool("Creatable"), s.GetBool("Listable"), s.GetBool("Draftable"), s.GetBool("Versionable"),
            s.GetBool("Securable"), s.GetString("Stereotype") is { Length: > 0 } st ? st : null, s.GetString("Description"));
    }
}
