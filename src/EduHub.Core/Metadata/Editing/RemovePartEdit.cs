namespace EduHub.Core.Metadata.Editing;

/// <summary>Detaches a part from the type; the part's definition stays for other types.</summary>
public sealed record RemovePartEdit(string TypeName, string PartName) : DefinitionEdit(TypeName)
{
    public override DefinitionImpact Impact => DefinitionImpact.HidesValues;

    public override DefinitionProblem? Apply(ContentDefinitionDocument document)
    {
        if (FindType(document) is not { } type)
        {
            return UnknownType(TypeName);
        }

        if (type.ContentTypePartDefinitionRecords.RemoveAll(p => p.Name == PartName) == 0)
        {
            return new("PartName", $"The type has no part '{PartName}'.");
        }

        Renumber(type);
        return null;
    }
}
