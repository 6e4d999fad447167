using System.Text.Json;
using EduHub.Core.Recipes;
using EduHub.Web.Endpoints;

namespace EduHub.Web.Cli;

internal static class RecipeCommands
{
    public static async Task<int> ImportAsync(IServiceProvider services, CliCommand command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Count < 2 || !File.Exists(command.Arguments[1]))
        {
            await Console.Error.WriteLineAsync("recipes import needs an existing recipe file.");
            return 64;
        }

        var recipe = RecipeDocument.Parse(await File.ReadAllTextAsync(command.Arguments[1], cancellationToken));
        await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
        Console.WriteLine($"Recipe '{recipe.Name}' applied ({recipe.Steps.Count} steps).");
        return 0;
    }

    public static async Task<int> ExportAsync(IServiceProvider services, CliCommand command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Count < 2 || command.Arguments[1].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("recipes export needs a target file.");
            return 64;
        }

        var types = command.Option("--types")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var recipe = await services.GetRequiredService<RecipeExporter>().ExportAsync(types, cancellationToken);
        var options = new JsonSerializerOptions(JsonOutput.Options) { WriteIndented = true };
        await File.WriteAllTextAsync(command.Arguments[1], recipe.ToJsonString(options), cancellationToken);
        Console.WriteLine($"Exported {recipe["steps"]![1]!["Data"]!.AsArray().Count} content items to {command.Arguments[1]}.");
        return 0;
    }
}
