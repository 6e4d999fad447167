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
    private readonly List<string> _dialogs = [];
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
            // Failed loads are taken from the responses below: a page answered with 403 or 409 on purpose is not an error.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _browserErrors.Add($"console: {message.Text} (at {message.Location})");
            }
        };
        _page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                _browserErrors.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        _page.PageError += (_, error) => _browserErrors.Add($"page error: {error}");

        // Playwright dismisses dialogs unless told otherwise; a user confirms (data-confirm buttons): accept, and keep the text.
        _page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
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

    /// <summary>
    /// Signs the test's browser in: through the sign-in page the first time for this site and user, then with
    /// the cookies that sign-in left (the sign-in page has its own tests; this keeps the others fast).
    /// </summary>
    protected async Task SignInAsAsync(string userName, string password = BrowserSite.UserPassword)
    {
        if (Site.SignInCookies.TryGetValue(userName, out var cookies))
        {
            await Context.AddCookiesAsync(cookies);
            return;
        }

        await AdminPages.SignInAsync(Page, userName, password);
        Site.SignInCookies[userName] = [.. (await Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        })];
    }

    /// <summary>
    /// What went wrong in the browser so far: console errors (CSP refusals among them), uncaught exceptions
    /// ("page error: ..."), and scripts, styles or fetches answered with an error status ("HTTP 404: ...").
    /// </summary>
    protected IReadOnlyList<string> BrowserErrors => _browserErrors;

    /// <summary>Messages of the dialogs (confirm, alert) the page opened; each was accepted.</summary>
    protected IReadOnlyList<string> Dialogs => _dialogs;

    /// <summary>
    /// The state every page must be in when a test has looked at it: no serious/critical axe violation, and no
    /// browser error (a CSP refusal, a script error, a failed asset) since the previous check.
    /// </summary>
    protected async Task AssertPageIsCleanAsync()
    {
        await Axe.AssertNoSeriousViolationsAsync(Page);
        var errors = _browserErrors.ToList();
        _browserErrors.Clear();
        Assert.True(errors.Count == 0, $"The browser reported errors on {Page.Url}:\n" + string.Join("\n", errors));
    }

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
