namespace EduHub.IntegrationTests.Infrastructure;

public class SqliteSite : EduHubSite
{
    public override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(DataPath, "eduhub.db")};Pooling=True");
}
