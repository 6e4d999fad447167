namespace EduHub.GraphQL.Execution;

internal sealed record CachedResponse(byte[] Body, string ETag, IReadOnlyDictionary<string, long> Generations);
