namespace EduHub.Core.Metadata.Editing;

/// <summary>Moves a part one place up (<see cref="Offset"/> -1) or down (+1) in the editor and in the JSON.</summary>
public sealed record MovePartEdit(string TypeName, string PartName, int Offset) : DefinitionEdit(TypeName)
{
    public override DefinitionImpact Impact => DefinitionImpact.None;

    public override DefinitionProblem? Apply(ContentDefinitionDocument document)
    {
        if (FindType(document) is not { } type)
        {
            return UnknownType(TypeName);
        }

        var parts = type.ContentTypePartDefinitionRecords;
        var index = parts.FindIndex(p => p.Name == PartName);
        if (index < 0)
        {
            return new("PartName", $"The type has no part '{PartName}'.");
        }

        var target = index + Math.Sign(Offset);
        if (target < 0 || target >= parts.Count)
        {
            return new("PartName", $"'{PartName}' is already at that end.");
        }

        (parts[index], parts[target]) = (parts[target], parts[index]);
        Renumber(type);
        return null;
    }
}
