using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata.Editing;

/// <summary>A new type with a title, its localization and its own (empty) part, listable and draftable like the hub's types.</summary>
public sealed record CreateTypeEdit(string TypeName, string DisplayName) : DefinitionEdit(TypeName)
{
    public override DefinitionImpact Impact => DefinitionImpact.None;

    public override DefinitionProblem? Apply(ContentDefinitionDocument document)
    {
        if (!DefinitionNames.IsValid(TypeName))
        {
            return new("TypeName", $"'{TypeName}' is not a valid name ({DefinitionNames.Rule}).");
        }

        if (document.ContentTypes.Any(t => string.Equals(t.Name, TypeName, StringComparison.OrdinalIgnoreCase))
            || document.ContentParts.Any(p => string.Equals(p.Name, TypeName, StringComparison.OrdinalIgnoreCase)))
        {
            return new("TypeName", $"A type or part named '{TypeName}' already exists.");
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            return new("DisplayName", "Enter a display name.");
        }

        var type = new ContentTypeDefinition
        {
            Name = TypeName,
            DisplayName = DisplayName.Trim(),
            Settings = new JsonObject
            {
                ["ContentTypeSettings"] = new JsonObject
                {
                    ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true, ["Versionable"] = true, ["Securable"] = false,
                },
            },
            ContentTypePartDefinitionRecords =
            [
                new() { PartName = "TitlePart", Name = "TitlePart" },
                new() { PartName = "LocalizationPart", Name = "LocalizationPart" },
            ],
        };
        document.ContentTypes.Add(type);
        OwnPart(document, type);
        Renumber(type);
        return null;
    }
}
