using EduHub.Core.Security;

namespace EduHub.GraphQL.Abstractions;

/// <summary>
/// Per-request state a contributed resolver reports into (it is the request's <c>UserContext</c>): the HTTP
/// status, the anonymous response cache and <c>extensions</c> depend on it.
/// </summary>
public interface IGraphQLRequestState
{
    /// <summary>Who asks.</summary>
    ContentCaller Caller { get; }

    /// <summary>Records that the answer depends on items of these types (the response cache invalidates by type).</summary>
    void Read(params IEnumerable<string> contentTypes);

    /// <summary>Set false when the answer depends on something the per-type cache cannot track (search, tasks, ...).</summary>
    bool Cacheable { get; set; }

    /// <summary>Set true when something was refused for lack of permission: the HTTP status becomes 401/403.</summary>
    bool Denied { get; set; }

    /// <summary>Set true when an argument turned out invalid during execution: the HTTP status becomes 400.</summary>
    bool BadRequest { get; set; }
}
