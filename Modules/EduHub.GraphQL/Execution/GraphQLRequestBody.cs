using GraphQL;

namespace EduHub.GraphQL.Execution;

/// <summary>A GraphQL request as received over HTTP (JSON body, raw application/graphql body, or GET parameters).</summary>
internal sealed record GraphQLRequestBody(string? Query, Inputs? Variables, string? OperationName, Inputs? Extensions)
{
    /// <summary>The APQ hash (<c>extensions.persistedQuery.sha256Hash</c>), if any.</summary>
    public string? PersistedQueryHash =>
        Extensions?.TryGetValue("persistedQuery", out var pq) == true && pq is IDictionary<string, object?> d && d.TryGetValue("sha256Hash", out var hash) ? hash as string : null;
}
