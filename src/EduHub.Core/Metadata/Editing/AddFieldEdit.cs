using System.Text.Json.Nodes;

namespace EduHub.Core.Metadata.Editing;

/// <summary>Adds a field of <see cref="Kind"/> to the type's own part, last.</summary>
public sealed record AddFieldEdit(string TypeName, string FieldName, string Kind, string DisplayName) : DefinitionEdit(TypeName)
{
    public override DefinitionImpact Impact => DefinitionImpact.AddsEmpty;

    public override DefinitionProblem? Apply(ContentDefinitionDocument document)
    {
        if (FindType(document) is not { } type)
        {
            return UnknownType(TypeName);
        }

        if (!DefinitionNames.IsValid(FieldName))
        {
            return new("FieldName", $"'{FieldName}' is not a valid name ({DefinitionNames.Rule}).");
        }

        if (!Enum.TryParse<FieldKind>(Kind, out var kind) || kind == FieldKind.Unknown)
        {
            return new("Kind", $"Unknown field type '{Kind}'.");
        }

        var part = OwnPart(document, type);
        if (part.ContentPartFieldDefinitionRecords.Any(f => string.Equals(f.Name, FieldName, StringComparison.OrdinalIgnoreCase)))
        {
            return new("FieldName", $"The type already has a field '{FieldName}'.");
        }

        part.ContentPartFieldDefinitionRecords.Add(new ContentPartFieldDefinition
        {
            FieldName = kind.ToString(),
            Name = FieldName,
            Settings = new JsonObject { ["ContentPartFieldSettings"] = new JsonObject { [nameof(DisplayName)] = string.IsNullOrWhiteSpace(DisplayName) ? FieldName : DisplayName.Trim() } },
        });
        Renumber(part);
        return null;
    }
}
