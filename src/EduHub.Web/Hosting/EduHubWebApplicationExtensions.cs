using System.Text.Encodings.Web;
using EduHub.Core;
using EduHub.Core.Data;
using EduHub.Core.Modules;
using EduHub.Web.Endpoints;
using EduHub.Web.Security;
using EduHub.AdminTheme;
using EduHub.PortalTheme;

namespace EduHub.Web.Hosting;

/// <summary>Composes the host: the engine, every module found beside it, authentication, errors, health.</summary>
public static class EduHubWebApplicationExtensions
{
    public static WebApplicationBuilder AddEduHub(this WebApplicationBuilder builder, bool runsAsCli = false)
    {
        var options = builder.Configuration.GetSection(EduHubOptions.Section).Get<EduHubOptions>() ?? new EduHubOptions();
        builder.Services.Configure<EduHubOptions>(builder.Configuration.GetSection(EduHubOptions.Section));
        var dataPath = DataPaths.Resolve(options, builder.Environment);
        var connectionString = options.Database.Provider == DatabaseProvider.Postgres
            ? options.Database.ConnectionString ?? throw new InvalidOperationException("EduHub:Database:ConnectionString is required for PostgreSQL.")
            : options.Database.ConnectionString ?? $"Data Source={Path.Combine(dataPath, "eduhub.db")};Pooling=True";

        var catalog = ModuleCatalog.Discover(AppContext.BaseDirectory, options.DisabledFeatures);
        builder.Services.AddEduHubCore(builder.Configuration, new Database(options.Database.Provider, connectionString), catalog);

        builder.Services.AddSingleton<SiteInitializer>();
        if (!runsAsCli)
        {
            builder.Services.AddHostedService<SiteInitializerService>();
        }

        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddProblemDetails();
        // Armenian and Cyrillic text in pages as characters, not &#x...; (six times the bytes on a slow link).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddEduHubAuthentication(dataPath);
        builder.Services.AddAuthorization();
        // Razor Pages come from the loaded modules and the two themes (the admin theme adds its own assembly).
        builder.Services.AddEduHubAdmin([.. catalog.Modules.Select(m => m.GetType().Assembly), typeof(PortalText).Assembly]);
        builder.Services.AddEduHubPortal();

        // The APIs are read by apps on other sites (school portals, partner sites): any origin may call them,
        // without cookies; a list in EduHub:Cors:AllowedOrigins narrows that.
        var origins = builder.Configuration.GetSection("EduHub:Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            _ = origins.Length > 0 ? policy.WithOrigins(origins) : policy.AllowAnyOrigin();
            policy.WithMethods("GET", "POST").WithHeaders("Content-Type", "Authorization", "If-None-Match").WithExposedHeaders("ETag");
        }));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication UseEduHub(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseEduHubPortal();
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseMiddleware<RejectInvalidCredentialsMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<SiteReadinessMiddleware>();
        app.UseEduHubAdmin();

        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
        app.MapContentEndpoints();
        app.MapAuditEndpoints();
        app.MapPingEndpoints();
        app.MapEduHubAdmin();
        app.MapEduHubPortal();

        var features = app.Services.GetRequiredService<FeatureGate>();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            var id = module.Manifest.Id;
            var group = app.MapGroup("").AddEndpointFilter(async (context, next) =>
                features.IsEnabled(id) ? await next(context) : TypedResults.NotFound());
            module.MapEndpoints(group);
        }

        return app;
    }
}
