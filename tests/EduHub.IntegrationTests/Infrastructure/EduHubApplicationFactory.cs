using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Infrastructure;

/// <summary>The real host (Program) on an in-memory server, with per-test-class settings and a fake clock.</summary>
public sealed class EduHubApplicationFactory(IReadOnlyDictionary<string, string?> settings, FakeTimeProvider clock) : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
