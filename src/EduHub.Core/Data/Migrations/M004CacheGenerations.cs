namespace EduHub.Core.Data.Migrations;

/// <summary>One counter per node-local cache: a change bumps it, and every node reloads when it sees a newer one.</summary>
internal sealed class M004CacheGenerations : SqlMigration
{
    public override int Version => 4;

    public override string Name => "Cache generations";

    protected override IEnumerable<string> Statements(SqlDialect d)
    {
        yield return $"CREATE TABLE CacheGenerations (Name VARCHAR(100) NOT NULL PRIMARY KEY, Generation {d.BigInt} NOT NULL)";
    }
}
