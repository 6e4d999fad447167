using System.Collections.Concurrent;

namespace EduHub.GraphQL.Execution;

/// <summary>
/// A counter per content type, bumped when published content of that type changes. Cached responses
/// remember the counters of the types they contain and are stale as soon as one moved.
/// </summary>
public sealed class ContentTypeGenerations
{
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public long Of(string contentType) => _generations.GetValueOrDefault(contentType);

    public void Bump(string contentType) => _generations.AddOrUpdate(contentType, 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, long> Snapshot(IEnumerable<string> contentTypes) =>
        contentTypes.Distinct(StringComparer.Ordinal).ToDictionary(t => t, Of, StringComparer.Ordinal);

    public bool IsCurrent(IReadOnlyDictionary<string, long> snapshot) => snapshot.All(p => Of(p.Key) == p.Value);
}
