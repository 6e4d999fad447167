using Dapper;
using EduHub.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EduHub.Web.Hosting;

/// <summary>Ready when the database answers and the site has finished setting up.</summary>
internal sealed class DatabaseHealthCheck(Database database, SiteInitializer initializer) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} database unreachable: {e.Message}");
        }

        return initializer.IsReady
            ? HealthCheckResult.Healthy($"{database.Provider} database reachable")
            : HealthCheckResult.Unhealthy("Setting up (migrations or setup recipe running)");
    }
}
