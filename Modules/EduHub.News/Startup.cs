using EduHub.Core.Indexing;
using EduHub.Core.Modules;
using EduHub.News.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.News;

/// <summary>The module's content definitions ship in its recipe (applied when the feature is enabled); search reads its items through <c>Indexing/</c>.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.News.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IContentIndexContributor, AnnouncementIndexContributor>();
}
