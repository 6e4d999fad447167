using EduHub.Core.Contents.Handlers;
using EduHub.Core.Indexing;
using EduHub.Core.Modules;
using EduHub.Core.Security;
using EduHub.Mentors.Handlers;
using EduHub.Mentors.Indexing;
using EduHub.Mentors.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Mentors;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.Mentors.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentIndexContributor, MentorIndexContributor>();
        services.AddScoped<IContentValidator, MentorValidator>();
        services.AddScoped<IPrivateFieldAccess, MentorContactAccess>();
    }
}
