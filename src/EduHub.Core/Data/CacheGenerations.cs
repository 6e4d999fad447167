using Dapper;

namespace EduHub.Core.Data;

/// <summary>
/// Generation numbers of node-local caches, kept in the database so that a change made on one node is seen by
/// all: the changing node bumps the number, the others compare it with the one they loaded under.
/// </summary>
public sealed class CacheGenerations(Database database)
{
    /// <summary>Bumped in the transaction of every content change (<see cref="ContentChangeLog"/>).</summary>
    public const string Content = "content";

    internal const string SelectSql = "SELECT Generation FROM CacheGenerations WHERE Name = @name";


    // SQLite (3.24+) and PostgreSQL share the upsert syntax.
    private const string BumpSql =
        "INSERT INTO CacheGenerations (Name, Generation) VALUES (@name, 1) ON CONFLICT (Name) DO UPDATE SET Generation = CacheGenerations.Generation + 1";

    public async Task<long> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenForReadingAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(SelectSql, new { name }, cancellationToken: cancellationToken)) ?? 0;
    }

    public async Task BumpAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(BumpSql, new { name }, cancellationToken: cancellationToken));
    }

    /// <summary>Bumps inside the session: other nodes see the new generation when (and only if) the change commits.</summary>
    public static Task BumpAsync(DbSession session, string name, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(BumpSql, new { name }, session.Transaction, cancellationToken: cancellationToken));

    /// <summary>The generation as of the session's own snapshot (0 before the first bump).</summary>
    public static async Task<long> GetAsync(DbSession session, string name, CancellationToken cancellationToken)
    {
        await using var lease = session.Command(SelectSql);
        var parameter = lease.Command.CreateParameter();
        parameter.ParameterName = "name";
        parameter.Value = name;
        lease.Command.Parameters.Add(parameter);
        return await lease.Command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
