using EduHub.Core.Data;
using EduHub.Web.Hosting;

namespace EduHub.Bench;

/// <summary>
/// The engine composed exactly as the web host composes it (<c>AddEduHub</c>), without Kestrel: migrations
/// and the setup recipe run, the demo content does not.
/// </summary>
internal sealed class EngineHost(WebApplication app, string? dataPath) : IAsyncDisposable
{
    public IServiceProvider Services => app.Services;

    public Database Database { get; } = app.Services.GetRequiredService<Database>();

    public static async Task<EngineHost> StartAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["EduHub:Setup:Demo"] = "false",
            ["EduHub:Setup:AdminPassword"] = "Bench-" + Guid.NewGuid().ToString("N"),
        });
        builder.Logging.ClearProviders();
        builder.AddEduHub(runsAsCli: true);
        var app = builder.Build();
        await app.Services.GetRequiredService<SiteInitializer>().InitializeAsync(cancellationToken);
        return new EngineHost(app, settings.GetValueOrDefault("EduHub:DataPath"));
    }

    /// <summary>Database file size (SQLite) or database size (PostgreSQL), for the report.</summary>
    public async Task<long> DatabaseBytesAsync(CancellationToken cancellationToken)
    {
        if (Database.Provider == DatabaseProvider.Sqlite)
        {
            return dataPath is null ? 0 : Directory.GetFiles(dataPath, "eduhub.db*").Sum(f => new FileInfo(f).Length);
        }

        await using var connection = await Database.OpenAsync(cancellationToken);
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT pg_database_size(current_database())");
    }

    public async ValueTask DisposeAsync()
    {
        var provider = Database.Provider;
        await app.DisposeAsync();
        if (provider == DatabaseProvider.Postgres && dataPath is not null && Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
