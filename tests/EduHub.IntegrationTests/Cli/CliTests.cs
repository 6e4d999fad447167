using System.Diagnostics;
using System.Text.Json.Nodes;

namespace EduHub.IntegrationTests.Cli;

/// <summary>The host's command line (<c>dotnet run --project src/EduHub.Web -- ...</c>) run as a real process on SQLite.</summary>
public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("eduhub-cli");

    [Fact]
    public async Task Export_import_and_users_work_from_the_command_line()
    {
        var exportFile = Path.Combine(_data.FullName, "export.recipe.json");

        var export = await RunAsync("recipes", "export", exportFile, "--types", "School,Mentor");
        var users = await RunAsync("users", "create", "--name", "cli-editor", "--email", "cli@example.org", "--password", "Cli-Password-1", "--roles", "Editor");
        var duplicate = await RunAsync("users", "create", "--name", "cli-editor", "--email", "cli@example.org", "--password", "Cli-Password-1");
        var import = await RunAsync("recipes", "import", exportFile);

        Assert.True(export.ExitCode == 0, export.Output);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(exportFile))!;
        var types = recipe["steps"]![1]!["Data"]!.AsArray().Select(i => i!["ContentType"]!.GetValue<string>()).Distinct().Order().ToList();
        Assert.Equal(["Mentor", "School"], types);
        Assert.True(users.ExitCode == 0, users.Output);
        Assert.NotEqual(0, duplicate.ExitCode);
        Assert.True(import.ExitCode == 0, import.Output);
    }

    [Fact]
    public async Task A_broken_recipe_exits_non_zero_and_says_where()
    {
        var file = Path.Combine(_data.FullName, "broken.recipe.json");
        await File.WriteAllTextAsync(file, """{ "steps": [ { "name": "settings", "SiteName": "x" }, { "name": "LaunchRockets" } ] }""");

        var result = await RunAsync("recipes", "import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.steps[1].name", result.Output);
        Assert.Contains("nothing was changed", result.Output);
    }

    [Fact]
    public async Task Unknown_command_prints_usage()
    {
        var result = await RunAsync("recipes", "bake");

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("recipes import <file>", result.Output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _data.FullName };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EduHub.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--EduHub:DataPath={_data.FullName}");
        start.ArgumentList.Add("--EduHub:Setup:AdminPassword=Cli-Admin-Password-1");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
