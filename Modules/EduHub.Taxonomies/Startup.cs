using EduHub.Admin;
using EduHub.Core.Modules;
using EduHub.Taxonomies.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Taxonomies;

/// <summary>The module's content definitions ship in its recipe (applied when the feature is enabled); its admin pages edit the terms.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.Taxonomies.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IAdminMenuContributor, TaxonomiesAdminMenu>();
        services.AddScoped<TermUsage>();
    }
}
