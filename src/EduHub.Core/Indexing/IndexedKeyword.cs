namespace EduHub.Core.Indexing;

/// <param name="Label">What a facet shows for the value (e.g. a term's name), when the value is an id.</param>
public sealed record IndexedKeyword(string Name, string Value, string? Label = null);
