using System.Data.Common;
using Dapper;
using EduHub.Core.Data;

namespace EduHub.Web.Hosting;

/// <summary>
/// A PostgreSQL advisory lock so two nodes never run the first-start setup at once. Released explicitly:
/// a pooled connection would otherwise keep holding it and block the next node forever.
/// </summary>
internal sealed class SetupLock(DbConnection? connection) : IAsyncDisposable
{
    private const long Key = 0x45_64_75_48_75_62;

    public static async Task<SetupLock> AcquireAsync(Database database, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return new SetupLock(null);
        }

        var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@Key)", new { Key }, cancellationToken: cancellationToken));
        return new SetupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@Key)", new { Key });
            await connection.DisposeAsync();
        }
    }
}
