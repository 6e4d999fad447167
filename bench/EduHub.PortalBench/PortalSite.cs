using EduHub.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EduHub.PortalBench;

/// <summary>The site as the web host composes it (<c>AddEduHub</c> / <c>UseEduHub</c>), demo content loaded, on Kestrel at a loopback port.</summary>
internal sealed class PortalSite(WebApplication app, string dataPath) : IAsyncDisposable
{
    public Uri Address { get; } = new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<PortalSite> StartAsync(CancellationToken cancellationToken)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "eduhub-portalbench-" + Guid.NewGuid().ToString("N")[..8]);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EduHub:DataPath"] = dataPath,
            ["EduHub:Database:Provider"] = "Sqlite",
            ["EduHub:Setup:Demo"] = "true",
            ["EduHub:Setup:AdminPassword"] = "Bench-" + Guid.NewGuid().ToString("N"),
            ["Urls"] = "http://127.0.0.1:0",
        });
        builder.Logging.ClearProviders();
        builder.AddEduHub();
        var app = builder.Build();
        app.UseEduHub();
        await app.StartAsync(cancellationToken);
        return new PortalSite(app, dataPath);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing handle: the temporary folder is left for the OS to clean.
        }
    }
}
