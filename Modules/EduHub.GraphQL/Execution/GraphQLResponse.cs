namespace EduHub.GraphQL.Execution;

/// <summary>What the endpoint writes: status, UTF-8 JSON body and an ETag for GET caching.</summary>
internal sealed record GraphQLResponse(int Status, byte[] Body, string ETag);
