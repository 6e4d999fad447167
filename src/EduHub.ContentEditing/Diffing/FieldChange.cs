namespace EduHub.ContentEditing.Diffing;

/// <summary>One compared property of two versions: metadata, a built-in part's property or a field.</summary>
/// <param name="Group">The part it belongs to (a display name), or null for the item's own properties.</param>
/// <param name="Label">The field's display name, or an admin text key when <paramref name="Localize"/>.</param>
public sealed record FieldChange(string? Group, string Label, bool Localize, FieldChangeKind Kind, bool Changed)
{
    /// <summary>The old value as shown (texts and single values; lists join their entries).</summary>
    public string? Old { get; init; }

    public string? New { get; init; }

    /// <summary>The values are admin text keys (yes/no).</summary>
    public bool LocalizeValues { get; init; }

    /// <summary>The word diff of a text.</summary>
    public IReadOnlyList<DiffSegment> Segments { get; init; } = [];

    /// <summary>List entries only the old version has.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>List entries only the new version has.</summary>
    public IReadOnlyList<string> Added { get; init; } = [];

    /// <summary>List entries both versions have.</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];
}
