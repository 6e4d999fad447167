namespace EduHub.Core.Indexing;

public sealed record IndexedText(string Name, string Text, bool IsTitle);
