using EduHub.Admin;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Modules;
using EduHub.Core.Recipes;
using EduHub.Core.Security;
using EduHub.Search.Lucene.Admin;
using EduHub.Search.Lucene.Cli;
using EduHub.GraphQL.Abstractions;
using EduHub.Search.Lucene.Endpoints;
using EduHub.Search.Lucene.GraphQL;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.OrchardApi;
using EduHub.Search.Lucene.Portal;
using EduHub.Search.Lucene.Profiles;
using EduHub.Search.Lucene.Querying;
using EduHub.Search.Lucene.Recipes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Search.Lucene;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.Search.Lucene.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IndexProfileStore>();
        services.AddSingleton<SearchPaths>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService<SearchIndexingWorker>();
        services.AddSingleton<IContentHandler, SearchIndexingHandler>();
        services.AddScoped<SearchService>();
        services.AddScoped<LuceneQueryRunner>();
        services.AddScoped<EduHub.Core.Indexing.IContentTextSearch, LuceneContentTextSearch>();
        services.AddScoped<IModuleCommand, SearchCommand>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IGraphQLSchemaContributor, SearchSchemaContributor>();
        services.AddScoped<IAdminMenuContributor, SearchAdminMenu>();
        services.AddScoped<IRecipeStep, LuceneIndexStep>();
        services.AddScoped<IRecipeStep, CreateOrUpdateIndexProfileStep>();
        services.AddScoped<IndexProfileSteps>();
        foreach (var name in new[] { "lucene-index-reset", "ResetIndex" })
        {
            services.AddScoped<IRecipeStep>(sp => new ResetIndexStep(sp.GetRequiredService<IndexProfileSteps>(), name));
        }

        foreach (var name in new[] { "lucene-index-rebuild", "RebuildIndex" })
        {
            services.AddScoped<IRecipeStep>(sp => new RebuildIndexStep(sp.GetRequiredService<IndexProfileSteps>(), name));
        }
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSearchEndpoints();
        endpoints.MapLuceneApiEndpoints();
    }
}
