namespace EduHub.Core.Metadata.Editing;

/// <summary>Moves a field of the type's own part one place up (-1) or down (+1).</summary>
public sealed record MoveFieldEdit(string TypeName, string FieldName, int Offset) : DefinitionEdit(TypeName)
{
    public override DefinitionImpact Impact => DefinitionImpact.None;

    public override DefinitionProblem? Apply(ContentDefinitionDocument document)
    {
        if (FindType(document) is not { } type)
        {
            return UnknownType(TypeName);
        }

        var fields = OwnPart(document, type).ContentPartFieldDefinitionRecords;
        var index = fields.FindIndex(f => f.Name == FieldName);
        if (index < 0)
        {
            return new("FieldName", $"The type has no field '{FieldName}'.");
        }

        var target = index + Math.Sign(Offset);
        if (target < 0 || target >= fields.Count)
        {
            return new("FieldName", $"'{FieldName}' is already at that end.");
        }

        (fields[index], fields[target]) = (fields[target], fields[index]);
        Renumber(OwnPart(document, type));
        return null;
    }
}
