using Microsoft.Playwright;

namespace EduHub.BrowserTests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the whole test run (every browser test class is in one collection);
/// each test gets a fresh context from it. Missing Chromium fails every test with a clear message.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Debian's package; <c>EDUHUB_CHROMIUM</c> points elsewhere on other machines.</summary>
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("EDUHUB_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] s_arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ExecutablePath}: the browser tests need Debian's chromium package. " +
                "Run `bash .ci/run` (it installs it) or `apt-get update && apt-get install -y chromium`; " +
                "set EDUHUB_CHROMIUM to use another Chromium binary.");
        }

        FailureArtefacts.Clear();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = s_arguments,
        });
    }

    /// <summary>A fresh context (own cookies and storage) whose relative URLs resolve against the site.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseUrl) => Browser.NewContextAsync(new()
    {
        BaseURL = baseUrl.ToString(),
        Locale = "en-US",
        ViewportSize = new() { Width = 1280, Height = 900 },
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
