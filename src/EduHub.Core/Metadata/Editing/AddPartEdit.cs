namespace EduHub.Core.Metadata.Editing;

/// <summary>Attaches a built-in or defined part to the type, last.</summary>
public sealed record AddPartEdit(string TypeName, string PartName) : DefinitionEdit(TypeName)
{
    public override DefinitionImpact Impact => DefinitionImpact.AddsEmpty;

    public override DefinitionProblem? Apply(ContentDefinitionDocument document)
    {
        if (FindType(document) is not { } type)
        {
            return UnknownType(TypeName);
        }

        if (!BuiltInPartNames.All.Contains(PartName) && !document.ContentParts.Any(p => p.Name == PartName))
        {
            return new("PartName", $"There is no part '{PartName}'.");
        }

        if (type.ContentTypePartDefinitionRecords.Any(p => p.Name == PartName))
        {
            return new("PartName", $"The type already has the part '{PartName}'.");
        }

        type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = PartName, Name = PartName });
        Renumber(type);
        return null;
    }
}
