using EduHub.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Search.Lucene;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.Search.Lucene.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
