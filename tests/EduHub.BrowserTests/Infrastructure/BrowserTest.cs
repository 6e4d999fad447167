using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EduHub.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test: a fresh browser context and page per test against the class's site.
/// A test's body runs inside <see cref="RunAsync"/>, which saves a screenshot and the HTML when it fails.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<string> _browserErrors = [];
    private IBrowserContext? _context;
    private IPage? _page;
    private bool _ran;

    protected BrowserSite Site { get; } = site;

    protected ITestOutputHelper Output { get; } = output;

    protected IBrowserContext Context => _context ?? throw new InvalidOperationException("No browser context yet.");

    protected IPage Page => _page ?? throw new InvalidOperationException("No page yet.");

    public async Task InitializeAsync()
    {
        _context = await chromium.NewContextAsync(Site.BaseUrl);
        _context.SetDefaultTimeout(15_000);
        _context.SetDefaultNavigationTimeout(30_000);
        _page = await _context.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _browserErrors.Add($"console: {message.Text}");
            }
        };
        _page.PageError += (_, error) => _browserErrors.Add($"page error: {error}");
    }

    /// <summary>Runs the test's body; on failure saves the page (see <see cref="FailureArtefacts"/>) and rethrows.</summary>
    protected async Task RunAsync(Func<IPage, Task> body, [CallerMemberName] string testName = "")
    {
        _ran = true;
        try
        {
            await body(Page);
        }
        catch (Exception)
        {
            var name = $"{GetType().Name}.{testName}";
            var files = await FailureArtefacts.SaveAsync(Page, name);
            Output.WriteLine($"Page at failure: {Page.Url}");
            foreach (var file in files)
            {
                Output.WriteLine($"Artefact: {file}");
            }

            foreach (var error in _browserErrors)
            {
                Output.WriteLine($"Browser {error}");
            }

            throw;
        }
    }

    /// <summary>JavaScript errors the page reported so far (console errors and uncaught exceptions).</summary>
    protected IReadOnlyList<string> BrowserErrors => _browserErrors;

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        // Without RunAsync a failure would leave no screenshot: make the omission itself a failure.
        Assert.True(_ran, $"{GetType().Name}: a browser test must run its body inside RunAsync(...).");
    }
}
