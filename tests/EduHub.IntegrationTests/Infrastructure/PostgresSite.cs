using EduHub.Testing;

namespace EduHub.IntegrationTests.Infrastructure;

/// <summary>The same site on a fresh database of the PostgreSQL 15 server the test run started.</summary>
public class PostgresSite : EduHubSite
{
    public override string Provider => "Postgres";

    protected override async Task<string> CreateDatabaseAsync()
    {
        var server = await PostgresServer.SharedAsync();
        return await server.CreateDatabaseAsync("eduhub_it");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        var server = await PostgresServer.SharedAsync();
        await server.DropDatabaseAsync(ConnectionString);
    }
}
