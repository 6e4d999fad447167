namespace EduHub.ContentEditing.Diffing;

/// <summary>The ids a diff shows by name: items picked in picker fields and the taxonomies whose terms are selected.</summary>
public sealed record ContentReferences(IReadOnlySet<string> Items, IReadOnlySet<string> Taxonomies);
