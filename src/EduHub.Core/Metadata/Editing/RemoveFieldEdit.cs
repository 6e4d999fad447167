namespace EduHub.Core.Metadata.Editing;

/// <summary>Removes a field from the type's own part.</summary>
public sealed record RemoveFieldEdit(string TypeName, string FieldName) : DefinitionEdit(TypeName)
{
    public override DefinitionImpact Impact => DefinitionImpact.HidesValues;

    public override DefinitionProblem? Apply(ContentDefinitionDocument document)
    {
        if (FindType(document) is not { } type)
        {
            return UnknownType(TypeName);
        }

        var part = OwnPart(document, type);
        if (part.ContentPartFieldDefinitionRecords.RemoveAll(f => f.Name == FieldName) == 0)
        {
            return new("FieldName", $"The type has no field '{FieldName}'.");
        }

        Renumber(part);
        return null;
    }
}
