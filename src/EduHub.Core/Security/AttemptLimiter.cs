using System.Collections.Concurrent;

namespace EduHub.Core.Security;

/// <summary>
/// Counts attempts per key in fixed windows on the injected clock (partner sign-ups per client address,
/// password-reset requests per e-mail address and per client). Per node: an attacker spread over several nodes
/// gets a few more attempts, which stays far from abuse; nothing here needs to be durable.
/// </summary>
public sealed class AttemptLimiter(TimeProvider clock)
{
    private const int MaxKeys = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts one attempt for <paramref name="key"/>; false when it is over <paramref name="limit"/> within the window.</summary>
    public bool TryAcquire(string key, int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        var current = _windows.AddOrUpdate(key, _ => new Window(now, window, 1),
            (_, w) => now - w.Start >= w.Length ? new Window(now, window, 1) : w with { Count = w.Count + 1 });
        if (_windows.Count > MaxKeys)
        {
            foreach (var stale in _windows.Where(p => now - p.Value.Start >= p.Value.Length).Select(p => p.Key).ToList())
            {
                _windows.TryRemove(stale, out _);
            }
        }

        return current.Count <= limit;
    }

    private sealed record Window(DateTimeOffset Start, TimeSpan Length, int Count);
}
