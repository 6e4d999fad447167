using System.Security.Cryptography;
using EduHub.Core;
using EduHub.Core.Data;
using EduHub.Core.Data.Migrations;
using EduHub.Core.Modules;
using EduHub.Core.Recipes;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EduHub.Web.Hosting;

/// <summary>
/// First start: migrations, the setup recipe, the demo recipe (unless switched off) and the administrator.
/// Later starts only apply new migrations. On PostgreSQL an advisory lock (<see cref="SetupLock"/>) keeps two nodes from setting up at once.
/// </summary>
public sealed class SiteInitializer(IServiceProvider services, Database database, IOptions<EduHubOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<SiteInitializer> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _once = new(1, 1);

    public bool IsReady { get; private set; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _once.WaitAsync(cancellationToken);
        try
        {
            if (IsReady)
            {
                return;
            }

            await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
            await using (await SetupLock.AcquireAsync(database, cancellationToken))
            {
                var settings = services.GetRequiredService<SiteSettingsStore>();
                if (await settings.GetAsync("SetupCompletedUtc", cancellationToken) is null)
                {
                    await SetUpAsync(settings, cancellationToken);
                }
            }

            await services.GetRequiredService<FeatureGate>().EnabledAsync(cancellationToken);
            IsReady = true;
        }
        finally
        {
            _once.Release();
        }
    }

    private async Task SetUpAsync(SiteSettingsStore settings, CancellationToken cancellationToken)
    {
        var setup = options.Value.Setup;
        await RunRecipeFileAsync(setup.Recipe, cancellationToken);
        if (setup.Demo)
        {
            await RunRecipeFileAsync(setup.DemoRecipe, cancellationToken);
        }

        await CreateAdministratorAsync(setup, cancellationToken);
        await using var session = await DbSession.BeginAsync(database, cancellationToken);
        await settings.SetAsync(session, "SetupCompletedUtc", ContentItemJsonDate(), cancellationToken);
        await session.CommitAsync(cancellationToken);
        logger.LogInformation("EduHub set up with {Recipe}{Demo}", setup.Recipe, setup.Demo ? " and the demo content" : "");
    }

    private async Task RunRecipeFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = DataPaths.Recipe(path, environment);
        await using var scope = services.CreateAsyncScope();
        var recipe = RecipeDocument.Parse(await File.ReadAllTextAsync(file, cancellationToken));
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
    }

    private async Task CreateAdministratorAsync(SetupOptions setup, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>();
        if (await users.FindByNameAsync(setup.AdminUserName) is not null)
        {
            return;
        }

        var password = string.IsNullOrEmpty(setup.AdminPassword) ? GeneratePassword() : setup.AdminPassword;
        var admin = new EduHubUser { UserName = setup.AdminUserName, Email = setup.AdminEmail, EmailConfirmed = true, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Could not create the administrator: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, RoleNames.Administrator);
        if (string.IsNullOrEmpty(setup.AdminPassword))
        {
            // Printed once, on purpose to the console and not to the logs that get shipped elsewhere.
            Console.WriteLine($"EduHub administrator created: user '{setup.AdminUserName}', password '{password}'. Change it after signing in.");
        }
    }

    private System.Text.Json.Nodes.JsonNode ContentItemJsonDate() => Core.Contents.ContentItemJson.FormatDate(clock.GetUtcNow().UtcDateTime)!;

    public void Dispose() => _once.Dispose();

    private static string GeneratePassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', 'x').Replace('+', 'z');
}
