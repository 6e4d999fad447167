using EduHub.Core.Contents.Handlers;
using EduHub.Core.Indexing;
using EduHub.Core.Modules;
using EduHub.Safety.Handlers;
using EduHub.Safety.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Safety;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.Safety.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IContentValidator, SafetyGuideValidator>();
        services.AddSingleton<IContentIndexContributor, SafetyIndexContributor>();
    }
}
