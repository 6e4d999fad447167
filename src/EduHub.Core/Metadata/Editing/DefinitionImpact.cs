namespace EduHub.Core.Metadata.Editing;

/// <summary>What a definition change means for the items that already exist.</summary>
public enum DefinitionImpact
{
    /// <summary>Nothing changes for existing items (names, order, hints).</summary>
    None,

    /// <summary>Existing items get the new part or field, empty.</summary>
    AddsEmpty,

    /// <summary>Values stay in the stored versions but are no longer shown, edited, indexed or served.</summary>
    HidesValues,

    /// <summary>Items without a value must get one at their next save.</summary>
    RequiresValues,
}
