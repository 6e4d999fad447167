namespace EduHub.Search.Lucene.Querying;

public sealed record SearchHit(string ContentItemId, string ContentType, string DisplayText, string? Culture, float Score, IReadOnlyList<string> Highlights);
