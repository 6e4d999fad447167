using EduHub.Core.Contents.Handlers;
using EduHub.Core.Indexing;
using EduHub.Core.Modules;
using EduHub.Schools.Handlers;
using EduHub.Schools.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Schools;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.Schools.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IContentValidator, SchoolValidator>();
        services.AddSingleton<IContentIndexContributor, SchoolIndexContributor>();
    }
}
