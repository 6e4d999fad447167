using Dapper;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Data.Queries;

/// <summary>
/// Lists content: filters, sort and paging run as SQL over the index tables with the caller's
/// permissions in the WHERE clause; the page's documents are then loaded in one round trip.
/// </summary>
public sealed class ContentQueryService(Database database, DbSessionScope sessions, ContentStore store, ContentDefinitionManager definitions, ContentCallerAccessor callers, PrivateFieldGuard privateFields, SqlCommandCounter counter)
{
    public const int MaxPageSize = 1000;

    /// <exception cref="ContentQueryException">The query names unknown types or fields, misuses an operator or carries a bad cursor.</exception>
    public async Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Take is < 0 or > MaxPageSize || query.Skip < 0)
        {
            throw new ContentQueryException($"Page size must be between 0 and {MaxPageSize} and skip must not be negative.");
        }

        var snapshot = await definitions.GetAsync(cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        var builder = new ContentSqlBuilder(snapshot, query, caller, database.Dialect);
        var pageSql = builder.PageSql();
        return await sessions.ReadAsync(async session =>
        {
            long? total = query.IncludeTotal
                ? await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(builder.CountSql, builder.Parameters.Values, session.Transaction, cancellationToken: cancellationToken))
                : null;
            var rows = new List<(long Id, List<string?> Keys)>();
            await using (var reader = await session.Connection.ExecuteReaderAsync(new CommandDefinition(pageSql, builder.Parameters.Values, session.Transaction, cancellationToken: cancellationToken)))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var keys = builder.Sorts.Select((s, i) => KeysetCursor.Format(ReadKey(reader, i + 1, s.Kind))).ToList();
                    rows.Add((reader.GetInt64(0), keys));
                }
            }

            var hasNext = rows.Count > query.Take;
            var page = rows.Take(query.Take).ToList();

            // Count, page ids, then the items' rows and the documents not cached yet (skipped for an empty page).
            var (loaded, statements) = await store.LoadPageAsync(session, page.Select(r => r.Id).ToList(), query.IncludeContent, cancellationToken);
            counter.Add((query.IncludeTotal ? 1 : 0) + 1 + statements);
            var items = loaded.Select(r => r.Item).ToList();
            await privateFields.ApplyAsync(items, caller, snapshot, session, cancellationToken);
            var keysById = page.ToDictionary(r => r.Id, r => r.Keys);
            var cursor = page.Count > 0 ? KeysetCursor.Encode(page[^1].Keys, page[^1].Id) : null;

            // Each item's cursor is encoded only when asked for (connection edges); most reads never do.
            var cursors = new LazyList<string>(loaded.Count, i => KeysetCursor.Encode(keysById[loaded[i].Id], loaded[i].Id));
            return new ContentPage(items, total, cursor, hasNext, cursors);
        }, cancellationToken);
    }

    private static object? ReadKey(System.Data.Common.DbDataReader reader, int ordinal, SortValueKind kind) =>
        reader.IsDBNull(ordinal) ? null : kind switch
        {
            SortValueKind.Date => reader.GetUtc(ordinal),
            SortValueKind.Boolean => reader.GetFlag(ordinal),
            SortValueKind.Number => reader.GetDouble(ordinal),
            _ => reader.GetString(ordinal),
        };
}
