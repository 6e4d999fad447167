using Dapper;
using Microsoft.Extensions.Logging;

namespace EduHub.Core.Data.Migrations;

/// <summary>Applies pending schema migrations on start; an existing data folder keeps its data.</summary>
public sealed class SchemaMigrator(Database database, IEnumerable<ISchemaMigration> migrations, TimeProvider clock, ILogger<SchemaMigrator> logger)
{
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL");
        }

        var applied = await AppliedVersionsAsync(cancellationToken);
        var count = 0;
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await using var session = await DbSession.BeginAsync(database, cancellationToken);
            await migration.ApplyAsync(session, cancellationToken);
            await session.Connection.ExecuteAsync(
                "INSERT INTO SchemaVersions (Version, Name, AppliedUtc) VALUES (@Version, @Name, @AppliedUtc)",
                new { migration.Version, migration.Name, AppliedUtc = clock.GetUtcNow().UtcDateTime },
                session.Transaction);
            await session.CommitAsync(cancellationToken);
            logger.LogInformation("Applied schema migration {Version} {Name}", migration.Version, migration.Name);
            count++;
        }

        return count;
    }

    private async Task<HashSet<int>> AppliedVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"CREATE TABLE IF NOT EXISTS SchemaVersions (Version INTEGER NOT NULL PRIMARY KEY, Name VARCHAR(255) NOT NULL, AppliedUtc {database.Dialect.Timestamp} NOT NULL)",
            cancellationToken: cancellationToken));
        var versions = await connection.QueryAsync<int>(new CommandDefinition("SELECT Version FROM SchemaVersions", cancellationToken: cancellationToken));
        return [.. versions];
    }
}
