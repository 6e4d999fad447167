using System.Diagnostics;

namespace EduHub.PortalBench;

/// <summary>One URL under load: <c>concurrency</c> clients request it in a loop for <c>duration</c>; latencies as the client sees them over loopback.</summary>
internal sealed record LoadRun(string Url, int Requests, int Errors, double PerSecond, double P50, double P95, double P99, long Bytes)
{
    public static async Task<LoadRun> RunAsync(HttpClient client, string url, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<double>[concurrency];
        var errors = 0;
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url, cancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }

                Interlocked.Exchange(ref bytes, body.LongLength);
            }
        }).ToList();
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadRun(url, all.Count, errors, all.Count / clock.Elapsed.TotalSeconds, Percentile(all, .50), Percentile(all, .95), Percentile(all, .99), bytes);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
