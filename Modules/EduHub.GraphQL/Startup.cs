using EduHub.Core.Contents.Handlers;
using EduHub.Core.Modules;
using EduHub.GraphQL.Execution;
using EduHub.GraphQL.GraphiQL;
using EduHub.GraphQL.Schema;
using GraphQL;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.GraphQL;

/// <summary>The GraphQL API: schema generated from the content definitions, executor, endpoint and GraphiQL.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.GraphQL.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLOptions>(configuration.GetSection(GraphQLOptions.Section));
        services.AddSingleton(sp => new ValidatedDocumentCache(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLOptions>>().Value.DocumentCacheEntries));
        services.AddSingleton<ContentSchemaFactory>();
        services.AddSingleton<PersistedQueryStore>();
        services.AddSingleton<ContentTypeGenerations>();
        services.AddSingleton(sp => new Loading.PickedRowCache(sp.GetRequiredService<ContentTypeGenerations>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLOptions>>().Value.PickedRowCacheEntries));
        services.AddSingleton<GraphQLExecutor>();
        services.AddSingleton<IContentHandler, GraphQLCacheInvalidator>();
        services.AddHostedService<ContentChangeWatcher>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGraphQLEndpoints();
        endpoints.MapGraphiQLEndpoints();
    }
}
