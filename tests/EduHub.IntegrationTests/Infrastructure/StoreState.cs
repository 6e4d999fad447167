using Dapper;
using EduHub.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Infrastructure;

/// <summary>Row counts of the tables a change touches: equal snapshots mean nothing changed.</summary>
internal sealed record StoreState(long Versions, long Documents, long TextIndexRows, long Audit, long IndexingTasks, long Definitions, long Settings, long RoleClaims, long Features)
{
    public static async Task<StoreState> ReadAsync(IServiceProvider services)
    {
        await using var connection = await services.GetRequiredService<Database>().OpenAsync();
        async Task<long> Count(string table) => await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
        return new StoreState(
            await Count("ContentItemIndex"), await Count("ContentDocuments"), await Count("TextFieldIndex"), await Count("AuditLog"),
            await Count("IndexingTasks"), await Count("ContentDefinitions"), await Count("SiteSettings"), await Count("\"AspNetRoleClaims\""),
            await Count("Features WHERE Enabled = TRUE"));
    }
}
