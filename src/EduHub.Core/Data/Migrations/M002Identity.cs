using Dapper;
using EduHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EduHub.Core.Data.Migrations;

/// <summary>
/// The Identity tables, created from EF Core's own model so the stores and the schema cannot drift.
/// Later changes to these tables get explicit migrations of their own.
/// </summary>
internal sealed class M002Identity : ISchemaMigration
{
    public int Version => 2;

    public string Name => "Identity";

    public async Task ApplyAsync(DbSession session, CancellationToken cancellationToken)
    {
        var builder = new DbContextOptionsBuilder<EduHubIdentityDbContext>();
        IdentityDbContextOptions.Configure(builder, session.Database);
        await using var context = new EduHubIdentityDbContext(builder.Options);
        var script = context.Database.GenerateCreateScript();
        await session.Connection.ExecuteAsync(new CommandDefinition(script, transaction: session.Transaction, cancellationToken: cancellationToken));
    }
}
