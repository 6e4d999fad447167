using Dapper;
using EduHub.Core.Data;
using EduHub.Core.Data.Migrations;
using EduHub.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace EduHub.IntegrationTests.Hosting;

/// <summary>An existing data folder from an older version is upgraded in place and keeps its data.</summary>
public sealed class SchemaUpgradeTests
{
    [Fact]
    public async Task Sqlite_database_at_an_older_schema_is_upgraded_and_keeps_its_rows()
    {
        var folder = Directory.CreateTempSubdirectory("eduhub-upgrade");
        await UpgradeKeepsDataAsync(new Database(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "old.db")}"));
    }

    [Fact]
    public async Task Postgres_database_at_an_older_schema_is_upgraded_and_keeps_its_rows()
    {
        var server = await PostgresServer.SharedAsync();
        await UpgradeKeepsDataAsync(new Database(DatabaseProvider.Postgres, await server.CreateDatabaseAsync("eduhub_upgrade")));
    }

    private static async Task UpgradeKeepsDataAsync(Database database)
    {
        await using (database)
        {
            await new SchemaMigrator(database, [new M001ContentStore()], TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
            await using (var connection = await database.OpenAsync())
            {
                await connection.ExecuteAsync("INSERT INTO SiteSettings (Name, Value, ChangedUtc) VALUES ('SiteName', '\"Old site\"', @now)", new { now = DateTime.UtcNow });
            }

            var applied = await new SchemaMigrator(database, [new M001ContentStore(), new M002Identity()], TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);

            await using var check = await database.OpenAsync();
            Assert.Equal(1, applied);
            Assert.Equal("\"Old site\"", await check.ExecuteScalarAsync<string>("SELECT Value FROM SiteSettings WHERE Name = 'SiteName'"));
            Assert.Equal([1, 2], (await check.QueryAsync<int>("SELECT Version FROM SchemaVersions ORDER BY Version")).ToList());
            Assert.Equal(0, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM \"AspNetUsers\""));
        }
    }
}
