using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata.Editing;

/// <summary>Display name, description and the type's behaviour flags.</summary>
public sealed record UpdateTypeEdit(string TypeName, string DisplayName, string? Description, bool Creatable, bool Listable, bool Draftable, bool Versionable, bool Securable)
    : DefinitionEdit(TypeName)
{
    public override DefinitionImpact Impact => DefinitionImpact.None;

    public override DefinitionProblem? Apply(ContentDefinitionDocument document)
    {
        if (FindType(document) is not { } type)
        {
            return UnknownType(TypeName);
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            return new("DisplayName", "Enter a display name.");
        }

        type.DisplayName = DisplayName.Trim();
        var settings = (JsonObject)type.Settings.DeepClone();
        var flags = Section(settings, "ContentTypeSettings");
        flags[nameof(Creatable)] = Creatable;
        flags[nameof(Listable)] = Listable;
        flags[nameof(Draftable)] = Draftable;
        flags[nameof(Versionable)] = Versionable;
        flags[nameof(Securable)] = Securable;
        flags[nameof(Description)] = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        type.Settings = settings;
        return null;
    }
}
