using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Text;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.BrowserTests.Infrastructure;

/// <summary>
/// One EduHub site per browser test class: the real host on Kestrel, a fresh data folder with its own
/// SQLite database, set up by the real setup recipe and the demo content.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes class fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserSite : IAsyncLifetime
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Admin-Password-1";
    public const string UserPassword = "User-Password-1";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "eduhub-browser-tests", Guid.NewGuid().ToString("n"));
    private BrowserSiteFactory? _factory;

    public BrowserSiteFactory Factory => _factory ?? throw new InvalidOperationException("The site is not started.");

    public IServiceProvider Services => Factory.Services;

    public FakeTimeProvider Clock => Factory.Clock;

    /// <summary>Cookies of a browser signed in as a user (by user name), reused by the class's later tests.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<Microsoft.Playwright.Cookie>> SignInCookies { get; } = new(StringComparer.Ordinal);

    /// <summary>The site's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataPath);
        var settings = new Dictionary<string, string?>
        {
            ["EduHub:DataPath"] = _dataPath,
            ["EduHub:Database:Provider"] = "Sqlite",
            ["EduHub:Database:ConnectionString"] = $"Data Source={Path.Combine(_dataPath, "eduhub.db")};Pooling=True",
            ["EduHub:Setup:Demo"] = "true",
            ["EduHub:Setup:AdminPassword"] = AdminPassword,
        };

        // The clock starts at the real time: the browser judges cookie expiry by its own clock.
        var now = DateTimeOffset.UtcNow;
        _factory = new BrowserSiteFactory(settings, new FakeTimeProvider(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond))));

        // Returns once the host listens; setup (migrations, recipes) runs before that (see SiteInitializerService).
        await Task.Run(_factory.StartServer);
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        BaseUrl = new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    /// <summary>A plain HTTP client for the site's APIs, as the given user (HTTP Basic) or anonymous.</summary>
    public HttpClient Http(string? userName = null, string password = UserPassword)
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        if (userName is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        }

        return client;
    }

    public HttpClient Admin() => Http(AdminUserName, AdminPassword);

    /// <summary>Creates a user with roles (and optional organisation/school link) unless it exists.</summary>
    public async Task UserAsync(string userName, string[] roles, string? organization = null, string? school = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new EduHubUser { UserName = userName, Email = $"{userName}@example.org", OrganizationContentItemId = organization, SchoolContentItemId = school };
        var created = await users.CreateAsync(user, UserPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalizing connection; the temp folder is cleaned by the OS.
        }
    }
}
