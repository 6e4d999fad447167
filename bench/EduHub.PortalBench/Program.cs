using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using EduHub.PortalBench;

// Server time per portal page under load, with baselines measured in the same run (a constant JSON endpoint and
// a static asset), so the ratios mean something on a shared, noisy machine. Usage:
//   dotnet run -c Release --project bench/EduHub.PortalBench -- [--seconds 10] [--concurrency 8]
var seconds = Option("--seconds", 10);
var concurrency = Option("--concurrency", 8);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

await using var site = await PortalSite.StartAsync(cancellation.Token);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, AutomaticDecompression = DecompressionMethods.None };
using var client = new HttpClient(handler) { BaseAddress = site.Address };
client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");

// The demo is indexed in the background: wait until the directory's text search sees it.
for (var tries = 0; tries < 600 && !(await client.GetStringAsync("/api/search?q=zoom&types=Platform")).Contains("zoom", StringComparison.Ordinal); tries++)
{
    await Task.Delay(100);
}

var css = "/assets/portal.css?v=" + EduHub.PortalTheme.PortalAssets.Version;
string[] urls = ["/api/ping", css, "/hy/", "/hy/platforms", "/en/platforms", "/hy/platforms?q=" + Uri.EscapeDataString("մաթեմատիկա"), "/en/platforms?cost=free&grade=5&channel=web", "/hy/platforms/zoom", "/en/platforms/zoom"];
foreach (var url in urls)
{
    await LoadRun.RunAsync(client, url, concurrency, TimeSpan.FromSeconds(1), cancellation.Token); // warm-up
}

var runs = new List<LoadRun>();
foreach (var url in urls)
{
    runs.Add(await LoadRun.RunAsync(client, url, concurrency, TimeSpan.FromSeconds(seconds), cancellation.Token));
}

var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}.");
Console.WriteLine($"Run: {concurrency} concurrent clients, {seconds} s per URL after 1 s warm-up, SQLite, demo content, Accept-Encoding: br, Kestrel on loopback in the same process.");
Console.WriteLine();
Console.WriteLine("| URL | req/s | p50 ms | p95 ms | p99 ms | p50 ÷ ping p50 | p50 ÷ CSS p50 | body B | errors |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
var ping = runs[0].P50;
var asset = runs[1].P50;
foreach (var r in runs)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{r.Url}` | {r.PerSecond:F0} | {r.P50:F2} | {r.P95:F2} | {r.P99:F2} | {r.P50 / ping:F1} | {r.P50 / asset:F1} | {r.Bytes} | {r.Errors} |"));
}

return 0;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
