using Dapper;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Data.Queries;

/// <summary>
/// Lists content: filters, sort and paging run as SQL over the index tables with the caller's
/// permissions in the WHERE clause; the page's documents are then loaded in one round trip.
/// </summary>
public sealed class ContentQueryService(Database database, DbSessionScope sessions, ContentStore store, ContentDefinitionManager definitions, ContentCallerAccessor callers, PrivateFieldGuard privateFields, SqlCommandCounter counter, ContentCountCache counts)
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
        // The page's index rows come with the page itself (one statement); only documents not parsed yet need a second.
        var pageSql = builder.PageSql(", " + ItemRows.Columns(database.Dialect));
        return await sessions.ReadAsync(async session =>
        {
            long? total = query.IncludeTotal ? await CountAsync(session, builder, snapshot.Version, cancellationToken) : null;
            var sorts = builder.Sorts;
            var rows = new List<(long Id, Contents.ContentItem Item, string?[] Keys)>(query.Take + 1);
            await using (var lease = session.Command(pageSql))
            // Not `await using`: Dapper's reader disposes its command only in Dispose() (docs/performance-graphql.md, "Seventh run").
            using (var reader = await ExecuteReaderAsync(lease.Command, builder.Parameters, cancellationToken))
            {
                while (rows.Count <= query.Take && await reader.ReadAsync(cancellationToken))
                {
                    var keys = query.IncludeCursors ? new string?[sorts.Count] : [];
                    for (var i = 0; i < keys.Length; i++)
                    {
                        keys[i] = KeysetCursor.Format(ReadKey(reader, i + 1, sorts[i].Kind));
                    }

                    var (id, item) = ItemRows.Read(reader, 1 + sorts.Count, database.Dialect);
                    rows.Add((id, item, keys));
                }
            }

            var hasNext = rows.Count > query.Take;
            if (hasNext)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var loaded = rows.Select(r => (r.Id, r.Item)).ToList();
            var statements = query.IncludeContent ? await store.LoadContentAsync(session, loaded, cancellationToken) : 0;
            counter.Add(1 + statements);
            var items = loaded.Select(r => r.Item).ToList();
            await privateFields.ApplyAsync(items, caller, snapshot, session, cancellationToken);
            // Cursors, the end cursor too, are encoded only when asked for (connections, next-page links); most reads never do.
            var cursors = query.IncludeCursors
                ? new LazyList<string>(rows.Count, i => KeysetCursor.Encode(rows[i].Keys, rows[i].Id))
                : new LazyList<string>(rows.Count, _ => throw new InvalidOperationException("This page was read without cursors (ContentQuery.IncludeCursors)."));
            return new ContentPage(items, total, hasNext, cursors);
        }, cancellationToken);
    }

    /// <summary>
    /// Published items by content item id (picked items, taxonomies), in no particular order, only those the caller
    /// may view and with private fields applied: the same rule as the access predicate of a list, checked per row
    /// because a lookup by id needs no query builder (one short statement on the one-published-row index).
    /// </summary>
    public async Task<IReadOnlyList<Contents.ContentItem>> LoadPublishedAsync(IReadOnlyList<string> contentItemIds, bool includeContent, CancellationToken cancellationToken = default)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var snapshot = await definitions.GetAsync(cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        return await sessions.ReadAsync(async session =>
        {
            var (loaded, statements) = await store.LoadPublishedAsync(session, contentItemIds, includeContent, cancellationToken);
            counter.Add(statements);
            var visible = new List<Contents.ContentItem>(loaded.Count);
            foreach (var item in loaded)
            {
                // Before private fields are applied: they blank Owner for callers who may not see it.
                if (caller.IsSystem || (snapshot.GetType(item.ContentType) is { } type && caller.May(ContentVerb.View, type, item.Owner)))
                {
                    visible.Add(item);
                }
            }

            await privateFields.ApplyAsync(visible, caller, snapshot, session, cancellationToken);
            return (IReadOnlyList<Contents.ContentItem>)visible;
        }, cancellationToken);
    }

    /// <summary>The total of the query's rows: counted, or from <see cref="ContentCountCache"/> when nothing changed since.</summary>
    private async Task<long> CountAsync(DbSession session, ContentSqlBuilder builder, long definitionsVersion, CancellationToken cancellationToken)
    {
        var sql = builder.CountSql;
        if (counts.Capacity == 0)
        {
            counter.Add(1);
            return await ExecuteCountAsync(session, sql, builder.Parameters, cancellationToken);
        }

        // The generation first: a change committed after it only makes this entry unusable, never wrong.
        var generation = await CacheGenerations.GetAsync(session, CacheGenerations.Content, cancellationToken);
        var key = string.Concat(definitionsVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), "\n", sql, "\n", builder.Parameters.ValuesKey);
        if (counts.TryGet(key, generation, out var cached))
        {
            counter.Add(1);
            return cached;
        }

        var total = await ExecuteCountAsync(session, sql, builder.Parameters, cancellationToken);
        counts.Set(key, generation, total);
        counter.Add(2);
        return total;
    }

    /// <summary>
    /// SQLite: the values as plain parameters of the session's command (prepared once per connection). PostgreSQL: through
    /// Dapper, which maps the array parameters and dates for Npgsql as the rest of the code expects.
    /// </summary>
    private static async Task<System.Data.Common.DbDataReader> ExecuteReaderAsync(System.Data.Common.DbCommand command, SqlParameters parameters, CancellationToken cancellationToken)
    {
        if (parameters.Dialect.Provider == DatabaseProvider.Sqlite)
        {
            parameters.AddTo(command);
            return await command.ExecuteReaderAsync(cancellationToken);
        }

        return await command.Connection!.ExecuteReaderAsync(new CommandDefinition(command.CommandText, parameters.Values, command.Transaction, cancellationToken: cancellationToken));
    }

    private static async Task<long> ExecuteCountAsync(DbSession session, string sql, SqlParameters parameters, CancellationToken cancellationToken)
    {
        if (parameters.Dialect.Provider != DatabaseProvider.Sqlite)
        {
            return await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, parameters.Values, session.Transaction, cancellationToken: cancellationToken));
        }

        await using var lease = session.Command(sql);
        parameters.AddTo(lease.Command);
        return Convert.ToInt64(await lease.Command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
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
