using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using EduHub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace EduHub.IntegrationTests.Portal;

/// <summary>
/// Measures (never asserts: the budget is reported in docs/performance.md) what a visitor downloads for the
/// portal's main pages: HTML and CSS bytes as sent with brotli, with gzip and uncompressed. Writes
/// <c>artifacts/portal-weight.md</c> next to the test assembly and prints it. Run it alone with
/// <c>dotnet test tests/EduHub.IntegrationTests --filter "FullyQualifiedName~PortalWeight"</c>.
/// </summary>
public sealed class PortalWeight(SqliteSite site, ITestOutputHelper output) : IClassFixture<SqliteSite>
{
    private static readonly string[] Pages = ["/hy/", "/hy/platforms", "/en/platforms", "/hy/platforms/zoom", "/en/platforms/zoom"];

    [Fact]
    public async Task Report_the_compressed_weight_of_the_portal_pages()
    {
        var client = site.Anonymous();
        var home = await AdminBrowser.ParseAsync(await client.GetAsync("/hy/"));
        var css = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var cssSizes = await SizesAsync(client, css);
        var report = new StringBuilder("| Page | HTML br | HTML gzip | HTML raw | HTML + CSS br | HTML + CSS gzip |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var page in Pages)
        {
            var html = await SizesAsync(client, page);
            report.Append(CultureInfo.InvariantCulture, $"| `{page}` | {html.Br} | {html.Gzip} | {html.Raw} | {html.Br + cssSizes.Br} | {html.Gzip + cssSizes.Gzip} |\n");
        }

        report.Append(CultureInfo.InvariantCulture, $"\nportal.css: {cssSizes.Br} B brotli, {cssSizes.Gzip} B gzip, {cssSizes.Raw} B raw. Bytes of the response bodies as sent (Fastest level).\n");
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "portal-weight.md"), report.ToString());
        output.WriteLine(report.ToString());
    }

    private static async Task<(long Br, long Gzip, long Raw)> SizesAsync(HttpClient client, string url) =>
        (await SizeAsync(client, url, "br"), await SizeAsync(client, url, "gzip"), await SizeAsync(client, url, null));

    private static async Task<long> SizeAsync(HttpClient client, string url, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        using var response = await client.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }
}
