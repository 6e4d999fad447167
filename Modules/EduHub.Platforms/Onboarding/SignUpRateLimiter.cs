using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace EduHub.Platforms.Onboarding;

/// <summary>
/// At most <c>EduHub:Partners:SignUpsPerHour</c> applications (default 5) per client address per hour, on the
/// injected clock. Per node: a determined bot spread over nodes gets a few more, which the review absorbs.
/// </summary>
internal sealed class SignUpRateLimiter(IConfiguration configuration, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public bool TryAcquire(string client)
    {
        var limit = configuration.GetValue("EduHub:Partners:SignUpsPerHour", 5);
        var now = clock.GetUtcNow();
        var window = _windows.AddOrUpdate(client, _ => new Window(now, 1),
            (_, w) => now - w.Start >= TimeSpan.FromHours(1) ? new Window(now, 1) : w with { Count = w.Count + 1 });
        if (_windows.Count > 10_000)
        {
            foreach (var stale in _windows.Where(p => now - p.Value.Start >= TimeSpan.FromHours(1)).Select(p => p.Key).ToList())
            {
                _windows.TryRemove(stale, out _);
            }
        }

        return window.Count <= limit;
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
