using EduHub.Core.Contents.Handlers;
using EduHub.Core.Indexing;
using EduHub.Core.Messaging;
using EduHub.Core.Modules;
using EduHub.Platforms.Endpoints;
using EduHub.Platforms.Handlers;
using EduHub.Platforms.Indexing;
using EduHub.Platforms.Onboarding;
using EduHub.Platforms.Partners;
using EduHub.Platforms.Workflows;
using EduHub.Workflows.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Platforms;

/// <summary>Definitions ship in the module's recipe; search reads its items through <c>Indexing/</c>; partners are held to their own organisation; partner sign-up; onboarding activities for the workflow engine.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.Platforms.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IContentValidator, PartnerPlatformValidator>();
        services.AddSingleton<SignUpRateLimiter>();
        services.AddSingleton<SignUpPartner>();
        services.AddScoped<IOutboxHandler, PartnerPasswordResetMail>();
        services.AddSingleton<IContentIndexContributor, PlatformIndexContributor>();

        // Workflows/: used only by the workflow engine, which runs only when EduHub.Workflows is enabled.
        services.AddSingleton<WorkflowActivity, CheckPlatformListingTask>();
        services.AddSingleton<WorkflowActivity, ActivatePartnerAccountsTask>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPartnerEndpoints();
}
