namespace EduHub.Core.Indexing;

public sealed record IndexedKeyword(string Name, string Value);
