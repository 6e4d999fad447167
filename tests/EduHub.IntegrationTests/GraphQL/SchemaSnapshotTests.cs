using EduHub.GraphQL.Schema;
using EduHub.IntegrationTests.Infrastructure;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.GraphQL;

/// <summary>
/// The generated schema is committed (Modules/EduHub.GraphQL/schema.graphql) so a change to it is always a
/// reviewed change. To accept a new schema: EDUHUB_UPDATE_SCHEMA=1 dotnet test --filter SchemaSnapshot.
/// </summary>
public sealed class SchemaSnapshotTests(EmptySqliteSite site) : IClassFixture<EmptySqliteSite>
{
    [Fact]
    public async Task Generated_schema_matches_the_committed_snapshot()
    {
        var (_, schema) = await site.Services.GetRequiredService<ContentSchemaFactory>().GetAsync(CancellationToken.None);
        var printed = schema.Print().ReplaceLineEndings("\n").Trim() + "\n";
        var file = Path.Combine(RepositoryRoot(), "Modules", "EduHub.GraphQL", "schema.graphql");

        if (Environment.GetEnvironmentVariable("EDUHUB_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(file, printed);
        }

        Assert.True(File.Exists(file), $"{file} is missing: run with EDUHUB_UPDATE_SCHEMA=1 to create it.");
        Assert.True(printed == (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n"),
            "The GraphQL schema changed. Review the difference, then accept it with EDUHUB_UPDATE_SCHEMA=1 dotnet test --filter SchemaSnapshot.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EduHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("EduHub.sln not found above the test folder.");
    }
}
