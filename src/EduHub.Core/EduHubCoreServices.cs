using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Contents.Scheduling;
using EduHub.Core.Data;
using EduHub.Core.Data.Migrations;
using EduHub.Core.Data.Queries;
using EduHub.Core.Indexing;
using EduHub.Core.Messaging;
using EduHub.Core.Metadata;
using EduHub.Core.Modules;
using EduHub.Core.Recipes;
using EduHub.Core.Recipes.Steps;
using EduHub.Core.Security;
using EduHub.Core.Security.PasswordResets;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EduHub.Core;

public static class EduHubCoreServices
{
    /// <summary>Registers the engine and then every module found in <paramref name="catalog"/>.</summary>
    public static IServiceCollection AddEduHubCore(this IServiceCollection services, IConfiguration configuration, Database database, ModuleCatalog catalog)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Through a factory so that the container disposes it with the host (its pooled read connections, PostgreSQL's data source).
        services.AddSingleton(_ => database);
        services.AddSingleton(catalog);
        services.AddHttpContextAccessor();

        services.AddSingleton<ISchemaMigration, M001ContentStore>();
        services.AddSingleton<ISchemaMigration, M002Identity>();
        services.AddSingleton<ISchemaMigration, M003FieldIndexLookup>();
        services.AddSingleton<ISchemaMigration, M004CacheGenerations>();
        services.AddSingleton<ISchemaMigration, M005Outbox>();
        services.AddSingleton<SchemaMigrator>();

        services.AddSingleton<FeatureGate>();
        services.AddSingleton<ContentDefinitionManager>();
        services.AddSingleton<SiteSettingsStore>();
        services.AddSingleton(new DocumentCache(configuration.GetValue($"{EduHubOptions.Section}:Database:{nameof(DatabaseOptions.DocumentCacheEntries)}", new DatabaseOptions().DocumentCacheEntries)));
        services.AddSingleton<ContentStore>();
        services.AddSingleton<ContentChangeLog>();
        services.AddSingleton(new ContentCountCache(configuration.GetValue($"{EduHubOptions.Section}:Database:{nameof(DatabaseOptions.CountCacheEntries)}", new DatabaseOptions().CountCacheEntries)));
        services.AddSingleton<AuditLogReader>();
        services.AddSingleton<ContentChangeFeed>();
        services.AddSingleton<ContentLookup>();
        services.AddSingleton<ContentIndexLookup>();
        services.AddSingleton<ContentIndexBuilder>();
        services.AddSingleton<CultureSettings>();
        services.AddSingleton<CacheGenerations>();
        services.AddSingleton<RolePermissionCache>();
        services.AddScoped<ContentCallerAccessor>();
        services.AddScoped<DbSessionScope>();
        services.AddScoped<ContentEvents>();
        services.AddScoped<ContentValidation>();
        services.AddScoped<PrivateFieldGuard>();
        services.AddScoped<ContentManager>();
        services.AddScoped<Metadata.Editing.ContentDefinitionEditor>();
        services.AddScoped<ContentQueryService>();
        services.AddScoped<SqlCommandCounter>();

        foreach (var rule in new IFieldRule[]
        {
            new TextFieldRule(), new HtmlFieldRule(), new MarkdownFieldRule(), new NumericFieldRule(), new BooleanFieldRule(),
            new DateFieldRule(FieldKind.DateField), new DateFieldRule(FieldKind.DateTimeField), new LinkFieldRule(),
            new ContentPickerFieldRule(), new TaxonomyFieldRule(), new MultiTextFieldRule(), new MediaFieldRule(),
        })
        {
            services.AddSingleton(rule);
        }

        services.AddScoped<IPartProcessor, TitlePartProcessor>();
        services.AddScoped<IPartProcessor, HtmlBodyPartProcessor>();
        services.AddScoped<IPartProcessor, LocalizationPartProcessor>();
        services.AddScoped<IPartProcessor, PublishLaterPartProcessor>();
        services.AddScoped<IPartProcessor, AutoroutePartProcessor>();
        services.AddScoped<IPartProcessor, AliasPartProcessor>();
        services.AddScoped<IPartProcessor, TaxonomyPartProcessor>();

        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<Outbox>();
        services.AddHostedService<OutboxWorker>();
        services.AddSingleton<AttemptLimiter>();
        services.AddSingleton<PasswordResetRequests>();

        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService<ScheduledPublishingWorker>();

        services.AddScoped<RecipeExecutor>();
        services.AddScoped<RecipeExporter>();
        services.AddScoped<IRecipeStep, FeatureStep>();
        services.AddScoped<IRecipeStep, ContentDefinitionStep>();
        services.AddScoped<IRecipeStep, ContentStep>();
        services.AddScoped<IRecipeStep, RolesStep>();
        services.AddScoped<IRecipeStep, SettingsStep>();

        services.AddDbContext<EduHubIdentityDbContext>((sp, builder) => IdentityDbContextOptions.Configure(builder, sp.GetRequiredService<Database>()));
        services.AddIdentityCore<EduHubUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<EduHubRole>()
            .AddEntityFrameworkStores<EduHubIdentityDbContext>();

        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(services, configuration);
        }

        return services;
    }
}
