using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Core.Modules;

/// <summary>
/// A module's entry point, found by scanning the module assemblies. It registers the module's own
/// services and routes; the host never registers them. Services of a module whose feature is switched
/// off at run time stay registered but are skipped by every extension point (<see cref="FeatureGate"/>);
/// a module disabled in configuration is not loaded at all.
/// </summary>
public abstract class ModuleStartup
{
    public abstract ModuleManifest Manifest { get; }

    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Routes of the module; they answer 404 while the feature is disabled.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
