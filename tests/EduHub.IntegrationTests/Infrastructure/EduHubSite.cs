using System.Net.Http.Headers;
using System.Text;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Infrastructure;

/// <summary>
/// One EduHub site for one test class: its own data folder and database (SQLite file or a fresh
/// PostgreSQL database), set up with the real setup recipe and, unless switched off, the demo content.
/// </summary>
public abstract class EduHubSite : IAsyncLifetime
{
    public const string AdminPassword = "Admin-Password-1";
    public const string UserPassword = "User-Password-1";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "eduhub-tests", Guid.NewGuid().ToString("n"));
    private EduHubApplicationFactory? _factory;

    protected virtual bool LoadDemo => true;

    /// <summary>Extra configuration of this site's hosts (every host it creates, restarts included).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public EduHubApplicationFactory Factory => _factory ?? throw new InvalidOperationException("The site is not started.");

    public IServiceProvider Services => Factory.Services;

    public FakeTimeProvider Clock => Factory.Clock;

    public string DataPath => _dataPath;

    public abstract string Provider { get; }

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataPath);
        ConnectionString = await CreateDatabaseAsync();
        _factory = CreateFactory(new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero)));
        _ = _factory.Server;
    }

    /// <summary>A second host over the same data folder and database (a restart, or another node).</summary>
    public EduHubApplicationFactory CreateFactory(FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["EduHub:DataPath"] = _dataPath,
            ["EduHub:Database:Provider"] = Provider,
            ["EduHub:Database:ConnectionString"] = ConnectionString,
            ["EduHub:Setup:Demo"] = LoadDemo ? "true" : "false",
            ["EduHub:Setup:AdminPassword"] = AdminPassword,
        };
        foreach (var (key, value) in Settings.Concat(extraSettings ?? new Dictionary<string, string?>()))
        {
            settings[key] = value;
        }

        return new EduHubApplicationFactory(settings, clock);
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    public HttpClient As(string userName, string password = UserPassword)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));
        return client;
    }

    public HttpClient Admin() => As("admin", AdminPassword);

    /// <summary>Creates a user with roles (and optional organisation/school link) unless it exists.</summary>
    public async Task<HttpClient> UserAsync(string userName, string[] roles, string? organization = null, string? school = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var user = new EduHubUser { UserName = userName, Email = $"{userName}@example.org", OrganizationContentItemId = organization, SchoolContentItemId = school };
            var created = await users.CreateAsync(user, UserPassword);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            if (roles.Length > 0)
            {
                await users.AddToRolesAsync(user, roles);
            }
        }

        return As(userName);
    }

    public virtual async Task DisposeAsync()
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

    protected abstract Task<string> CreateDatabaseAsync();
}
