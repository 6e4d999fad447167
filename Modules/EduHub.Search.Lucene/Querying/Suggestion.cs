namespace EduHub.Search.Lucene.Querying;

public sealed record Suggestion(string ContentItemId, string ContentType, string DisplayText, string? Culture);
