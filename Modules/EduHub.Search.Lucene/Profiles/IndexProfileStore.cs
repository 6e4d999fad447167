using System.Text.Json;
using Dapper;
using EduHub.Core.Data;

namespace EduHub.Search.Lucene.Profiles;

/// <summary>
/// Index profiles live in the database as site settings (<c>Search.Lucene.Index.{name}</c>, one per index, so
/// several recipe steps in one transaction never overwrite each other); every node reads them from there.
/// </summary>
public sealed class IndexProfileStore(Database database, SiteSettingsStore settings)
{
    public const string Prefix = "Search.Lucene.Index.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<IndexProfile>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, cancellationToken);
    }

    public Task<IReadOnlyList<IndexProfile>> ListAsync(DbSession session, CancellationToken cancellationToken) =>
        ReadAsync(session.Connection, session.Transaction, cancellationToken);

    public async Task<IndexProfile?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public Task SaveAsync(DbSession session, IndexProfile profile, CancellationToken cancellationToken) =>
        settings.SetAsync(session, Prefix + profile.Name, JsonSerializer.SerializeToNode(profile, Json), cancellationToken);

    public Task RemoveAsync(DbSession session, string name, CancellationToken cancellationToken) =>
        settings.SetAsync(session, Prefix + name, null, cancellationToken);

    private static async Task<IReadOnlyList<IndexProfile>> ReadAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT Value FROM SiteSettings WHERE Name LIKE @prefix ORDER BY Name", new { prefix = Prefix + "%" }, transaction, cancellationToken: cancellationToken));
        return rows.Select(v => JsonSerializer.Deserialize<IndexProfile>(v, Json)).OfType<IndexProfile>().ToList();
    }
}
