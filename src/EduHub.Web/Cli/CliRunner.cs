using EduHub.Core.Modules;
using EduHub.Core.Recipes;
using EduHub.Web.Hosting;

namespace EduHub.Web.Cli;

/// <summary>Runs a CLI command against the configured data folder and database, then exits.</summary>
internal static class CliRunner
{
    public static async Task<int> RunAsync(WebApplication app, CliCommand command)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        try
        {
            await app.Services.GetRequiredService<SiteInitializer>().InitializeAsync(cancellation.Token);
            await using var scope = app.Services.CreateAsyncScope();
            return (command.Name, command.Arguments.FirstOrDefault()) switch
            {
                ("recipes", "import") => await RecipeCommands.ImportAsync(scope.ServiceProvider, command, cancellation.Token),
                ("recipes", "export") => await RecipeCommands.ExportAsync(scope.ServiceProvider, command, cancellation.Token),
                ("generate", _) => await GenerateCommand.RunAsync(scope.ServiceProvider, command, cancellation.Token),
                ("users", "create") => await UserCommands.CreateAsync(scope.ServiceProvider, command, cancellation.Token),
                _ => await RunModuleCommandAsync(scope.ServiceProvider, command, cancellation.Token),
            };
        }
        catch (RecipeException e)
        {
            await Console.Error.WriteLineAsync($"Recipe failed, nothing was changed. {e.Message}");
            return 2;
        }
    }

    private static async Task<int> RunModuleCommandAsync(IServiceProvider services, CliCommand command, CancellationToken cancellationToken)
    {
        var features = services.GetRequiredService<FeatureGate>();
        await features.EnabledAsync(cancellationToken);
        var modules = features.Active(services.GetServices<IModuleCommand>()).ToList();
        var match = modules.FirstOrDefault(m => string.Equals(m.Name, command.Name, StringComparison.OrdinalIgnoreCase));
        return match is null ? Usage(modules) : await match.RunAsync(command.Arguments, Console.Out, cancellationToken);
    }

    private static int Usage(IReadOnlyList<IModuleCommand> modules)
    {
        Console.Error.WriteLine("""
            Usage: dotnet run --project src/EduHub.Web -- <command>
              recipes import <file>                     run a recipe (one transaction; nothing changes if it fails)
              recipes export <file> [--types A,B]       write definitions and content to a recipe
              generate [--platforms N] [--schools N] [--mentors N] [--organizations N] [--seed N] [--batch N]
                                                        demo data at scale (hy/en/ru), for benchmarks
              users create --name N --email E --password P [--roles A,B] [--organization ID] [--school ID]
            Configuration can follow, e.g. --EduHub:Database:Provider=Postgres
            """);
        foreach (var module in modules)
        {
            Console.Error.WriteLine(module.Usage);
        }

        return 64;
    }
}
