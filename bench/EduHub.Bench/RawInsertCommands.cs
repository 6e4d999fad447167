using System.Data;
using System.Data.Common;

namespace EduHub.Bench;

/// <summary>
/// The baseline writer: one prepared INSERT per table, executed once per row, inside the caller's transaction.
/// Same tables, columns and rows as the engine's save path, without validation, handlers or lookups.
/// </summary>
internal sealed class RawInsertCommands : IRawWriter
{
    private readonly DbCommand _item;
    private readonly DbCommand _document;
    private readonly DbCommand _text;
    private readonly DbCommand _numeric;
    private readonly DbCommand _boolean;
    private readonly DbCommand _date;
    private readonly DbCommand _picker;
    private readonly DbCommand _term;
    private readonly DbCommand _audit;
    private readonly DbCommand _task;

    public RawInsertCommands(DbConnection connection, DbTransaction transaction)
    {
        DbCommand Command(string sql, params (string Name, DbType Type)[] parameters) => RawSql.Prepare(connection, transaction, sql, parameters);
        var field = RawStatements.FieldParameters;
        _item = Command(RawStatements.Item, RawStatements.ItemParameters);
        _document = Command(RawStatements.Document, ("d", DbType.Int64), ("content", DbType.String));
        _text = Command(RawStatements.Text, [.. field, ("v", DbType.String), ("n", DbType.String)]);
        _numeric = Command(RawStatements.Numeric, [.. field, ("v", DbType.Double)]);
        _boolean = Command(RawStatements.Boolean, [.. field, ("v", DbType.Boolean)]);
        _date = Command(RawStatements.Date, [.. field, ("v", DbType.DateTime)]);
        _picker = Command(RawStatements.Picker, [.. field, ("v", DbType.String), ("n", DbType.Int32)]);
        _term = Command(RawStatements.Term, [.. field, ("v", DbType.String), ("n", DbType.String)]);
        _audit = Command(RawStatements.Audit, ("now", DbType.DateTime), ("id", DbType.String), ("type", DbType.String), ("version", DbType.String));
        _task = Command(RawStatements.Task, ("id", DbType.String), ("type", DbType.String), ("now", DbType.DateTime));
    }

    /// <returns>The number of statements executed.</returns>
    public async Task<int> InsertAsync(RawRow row, DateTime now, CancellationToken cancellationToken)
    {
        var item = row.Item;
        var type = item.ContentType;
        var id = (long)(await RawSql.ScalarAsync(_item, cancellationToken,
            item.ContentItemId, row.VersionId, type, Core.Data.TextFolding.Truncate(item.DisplayText), Core.Data.TextFolding.Fold(item.DisplayText),
            now, row.CultureCode, row.SetId, row.RoutePath))!;
        await RawSql.ExecuteAsync(_document, cancellationToken, id, row.Content);
        var statements = 2;
        var fields = row.Fields;
        foreach (var r in fields.Text)
        {
            statements += await RawSql.ExecuteAsync(_text, cancellationToken, id, type, r.ContentPart, r.ContentField, r.Text, r.NormalizedText);
        }

        foreach (var r in fields.Numeric)
        {
            statements += await RawSql.ExecuteAsync(_numeric, cancellationToken, id, type, r.ContentPart, r.ContentField, r.Value);
        }

        foreach (var r in fields.Boolean)
        {
            statements += await RawSql.ExecuteAsync(_boolean, cancellationToken, id, type, r.ContentPart, r.ContentField, r.Value);
        }

        foreach (var r in fields.DateTime)
        {
            statements += await RawSql.ExecuteAsync(_date, cancellationToken, id, type, r.ContentPart, r.ContentField, r.Value);
        }

        foreach (var r in fields.Pickers)
        {
            statements += await RawSql.ExecuteAsync(_picker, cancellationToken, id, type, r.ContentPart, r.ContentField, r.SelectedContentItemId, r.Position);
        }

        foreach (var r in fields.Terms)
        {
            statements += await RawSql.ExecuteAsync(_term, cancellationToken, id, type, r.ContentPart, r.ContentField, r.TaxonomyContentItemId, r.TermContentItemId);
        }

        await RawSql.ExecuteAsync(_audit, cancellationToken, now, item.ContentItemId, type, row.VersionId);
        await RawSql.ExecuteAsync(_task, cancellationToken, item.ContentItemId, type, now);
        return statements + 2;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _item, _document, _text, _numeric, _boolean, _date, _picker, _term, _audit, _task })
        {
            await command.DisposeAsync();
        }
    }
}
