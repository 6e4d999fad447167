namespace EduHub.ContentEditing.Editors;

/// <summary>The fields of one part, in order; built-in parts have no heading.</summary>
public sealed record EditorSection(string? Heading, IReadOnlyList<EditorField> Fields);
