namespace EduHub.ContentEditing.Diffing;

/// <summary>A run of text that both versions share, or that only the old or only the new one has.</summary>
public sealed record DiffSegment(DiffSegmentKind Kind, string Text);
