namespace EduHub.ContentEditing.Editors;

/// <summary>One choice of a select, radio group or checkbox list; <see cref="Depth"/> indents nested taxonomy terms.</summary>
public sealed record EditorOption(string Value, string Text, int Depth = 0);
