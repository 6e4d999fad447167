using System.Diagnostics;

namespace EduHub.IntegrationTests.Search;

/// <summary><c>dotnet run --project src/EduHub.Web -- search rebuild [index]</c> as a real process on SQLite.</summary>
public sealed class SearchCliTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("eduhub-search-cli");

    [Fact]
    public async Task Search_rebuild_prints_progress_and_builds_the_index_folder()
    {
        var result = await RunAsync("search", "rebuild", "public");
        var unknown = await RunAsync("search", "rebuild", "nosuch");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("public: 0/", result.Output, StringComparison.Ordinal);
        Assert.Contains("(100%)", result.Output, StringComparison.Ordinal);
        Assert.Contains("public: rebuilt", result.Output, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(Path.Combine(_data.FullName, "Search", "cli-node", "public"), "segments_*").Any());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Unknown index 'nosuch'", unknown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_without_a_subcommand_prints_usage()
    {
        var result = await RunAsync("search");

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("search rebuild [index]", result.Output, StringComparison.Ordinal);
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
        start.ArgumentList.Add("--EduHub:Search:NodeName=cli-node");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
