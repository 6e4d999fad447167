using System.Data.Common;
using Dapper;
using EduHub.Core.Data;

namespace EduHub.Bench;

/// <summary>
/// The same statements as <see cref="RawInsertCommands"/>, the way the engine issues them: Dapper, a new command
/// (so a new statement compile on SQLite) per execution. Isolates the data-access overhead from the engine's own work.
/// </summary>
internal sealed class DapperInserts(DbConnection connection, DbTransaction transaction) : IRawWriter
{
    public async Task<int> InsertAsync(RawRow row, DateTime now, CancellationToken cancellationToken)
    {
        var item = row.Item;
        var type = item.ContentType;
        var id = await Execute<long>(RawStatements.Item, new
        {
            id = item.ContentItemId, version = row.VersionId, type, text = TextFolding.Truncate(item.DisplayText), folded = TextFolding.Fold(item.DisplayText),
            now, culture = row.CultureCode, set = row.SetId, path = row.RoutePath,
        });
        await Run(RawStatements.Document, new { d = id, content = row.Content });
        var f = row.Fields;
        await Run(RawStatements.Text, f.Text.Select(r => new { d = id, t = type, p = r.ContentPart, f = r.ContentField, v = r.Text, n = r.NormalizedText }));
        await Run(RawStatements.Numeric, f.Numeric.Select(r => new { d = id, t = type, p = r.ContentPart, f = r.ContentField, v = r.Value }));
        await Run(RawStatements.Boolean, f.Boolean.Select(r => new { d = id, t = type, p = r.ContentPart, f = r.ContentField, v = r.Value }));
        await Run(RawStatements.Date, f.DateTime.Select(r => new { d = id, t = type, p = r.ContentPart, f = r.ContentField, v = r.Value }));
        await Run(RawStatements.Picker, f.Pickers.Select(r => new { d = id, t = type, p = r.ContentPart, f = r.ContentField, v = r.SelectedContentItemId, n = r.Position }));
        await Run(RawStatements.Term, f.Terms.Select(r => new { d = id, t = type, p = r.ContentPart, f = r.ContentField, v = r.TaxonomyContentItemId, n = r.TermContentItemId }));
        await Run(RawStatements.Audit, new { now, id = item.ContentItemId, type, version = row.VersionId });
        await Run(RawStatements.Task, new { id = item.ContentItemId, type, now });
        return 4 + f.Text.Count + f.Numeric.Count + f.Boolean.Count + f.DateTime.Count + f.Pickers.Count + f.Terms.Count;

        Task<T?> Execute<T>(string sql, object parameters) =>
            connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        async Task Run(string sql, object parameters)
        {
            if (parameters is not System.Collections.IEnumerable list || list.Cast<object>().Any())
            {
                await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
            }
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
