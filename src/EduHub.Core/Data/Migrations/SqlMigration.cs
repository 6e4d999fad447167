using Dapper;

namespace EduHub.Core.Data.Migrations;

/// <summary>A migration written as SQL statements, with the dialect's type names filled in.</summary>
public abstract class SqlMigration : ISchemaMigration
{
    public abstract int Version { get; }

    public abstract string Name { get; }

    protected abstract IEnumerable<string> Statements(SqlDialect d);

    public async Task ApplyAsync(DbSession session, CancellationToken cancellationToken)
    {
        foreach (var sql in Statements(session.Dialect))
        {
            await session.Connection.ExecuteAsync(new CommandDefinition(sql, transaction: session.Transaction, cancellationToken: cancellationToken));
        }
    }
}
