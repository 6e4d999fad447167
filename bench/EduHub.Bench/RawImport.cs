using System.Diagnostics;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Web.Cli.Demo;

namespace EduHub.Bench;

/// <summary>The import baseline: the same generated items' rows written with prepared INSERTs, one transaction per batch.</summary>
internal static class RawImport
{
    /// <param name="prepared">True: prepared commands reused for every row; false: Dapper, a new command per statement (as the engine).</param>
    public static async Task<(int Items, int Statements, TimeSpan Elapsed)> RunAsync(EngineHost host, DemoDataSet data, int items, bool prepared, CancellationToken cancellationToken)
    {
        var definitions = await host.Services.GetRequiredService<ContentDefinitionManager>().GetAsync(cancellationToken);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var watch = new Stopwatch();
        var (saved, statements) = (0, 0);
        await using var connection = await host.Database.OpenAsync(cancellationToken);
        foreach (var batch in data.Batches())
        {
            if (saved >= items)
            {
                break;
            }

            // Building the rows (JSON text, index values) is CPU work the engine does too; only the SQL is timed.
            var rows = batch.Items.Select(item => RawRow.From(item, definitions)).ToList();
            watch.Start();
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                await using IRawWriter commands = prepared ? new RawInsertCommands(connection, transaction) : new DapperInserts(connection, transaction);
                foreach (var row in rows)
                {
                    statements += await commands.InsertAsync(row, now, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            watch.Stop();
            saved += rows.Count;
        }

        return (saved, statements, watch.Elapsed);
    }
}
