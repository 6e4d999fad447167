using EduHub.Admin;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Data.Migrations;
using EduHub.Core.Modules;
using EduHub.Core.Recipes;
using EduHub.Core.Security;
using EduHub.GraphQL.Abstractions;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Activities;
using EduHub.Workflows.Admin;
using EduHub.Workflows.Data;
using EduHub.Workflows.Endpoints;
using EduHub.Workflows.Engine;
using EduHub.Workflows.GraphQL;
using EduHub.Workflows.Handlers;
using EduHub.Workflows.Http;
using EduHub.Workflows.Messaging;
using EduHub.Workflows.Portal;
using EduHub.Workflows.Recipes;
using EduHub.Workflows.Timers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EduHub.Workflows;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => EduHub.Workflows.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISchemaMigration, M1001Workflows>();
        services.Configure<WorkflowOptions>(configuration.GetSection(WorkflowOptions.Section));
        services.Configure<ScriptLimits>(configuration.GetSection(WorkflowOptions.Section + ":Scripts"));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ScriptLimits>>().Value);

        services.AddSingleton<ActivityLibrary>();
        services.AddSingleton<WorkflowTypeParserFactory>();
        services.AddSingleton<WorkflowTypeStore>();
        services.AddSingleton<WorkflowRunner>();
        services.AddSingleton<WorkflowContentLoader>();
        services.AddSingleton<IWorkflowExpressions, WorkflowExpressions>();
        services.AddSingleton<WorkflowManager>();
        services.AddSingleton<IWorkflowTrigger>(sp => sp.GetRequiredService<WorkflowManager>());
        services.AddScoped<IContentReviews, Reviews.ContentReviews>();
        services.AddSingleton<Recipients>();
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<SignalTokens>();
        services.AddSingleton<IUserNotifications, UserNotifications>();
        services.AddSingleton<WorkflowWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowWorker>());

        services.AddScoped<IContentHandler, WorkflowContentHandler>();
        services.AddScoped<IRecipeStep, WorkflowTypeStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IGraphQLSchemaContributor, WorkflowSchemaContributor>();
        services.AddScoped<IAdminMenuContributor, WorkflowsAdminMenu>();
        services.AddScoped<IAdminDashboardContributor, ReviewTasksDashboardCard>();

        services.AddSingleton<WorkflowActivity, ContentCreatedEvent>();
        services.AddSingleton<WorkflowActivity, ContentUpdatedEvent>();
        services.AddSingleton<WorkflowActivity, ContentPublishedEvent>();
        services.AddSingleton<WorkflowActivity, ContentUnpublishedEvent>();
        services.AddSingleton<WorkflowActivity, ContentDeletedEvent>();
        services.AddSingleton<WorkflowActivity, SubmittedForReviewEvent>();
        services.AddSingleton<WorkflowActivity, UserTaskEvent>();
        services.AddSingleton<WorkflowActivity, TimerEvent>();
        services.AddSingleton<WorkflowActivity, IfElseTask>();
        services.AddSingleton<WorkflowActivity, ScriptTask>();
        services.AddSingleton<WorkflowActivity, SetPropertyTask>();
        services.AddSingleton<WorkflowActivity, LogTask>();
        services.AddSingleton<WorkflowActivity, PublishContentTask>();
        services.AddSingleton<WorkflowActivity, UnpublishContentTask>();
        services.AddSingleton<WorkflowActivity, UpdateContentTask>();
        services.AddSingleton<WorkflowActivity, NotifyTask>();
        services.AddSingleton<WorkflowActivity, EmailTask>();
        services.AddSingleton<WorkflowActivity, RecordReviewTask>();
        services.AddSingleton<WorkflowActivity, SignalEvent>();
        services.AddSingleton<WorkflowActivity, ForkTask>();
        services.AddSingleton<WorkflowActivity, JoinTask>();
        services.AddSingleton<WorkflowActivity, HttpRequestTask>();
        var allowPrivate = configuration.GetValue("EduHub:Workflows:Http:AllowPrivateNetworks", false);
        services.AddHttpClient(HttpRequestTask.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectCallback = (context, ct) => OutboundAddressGuard.ConnectAsync(context, allowPrivate, ct),
            });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapWorkflowEndpoints();
}
