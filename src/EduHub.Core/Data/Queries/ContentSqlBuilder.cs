using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Data.Queries;

/// <summary>Builds the page query and the count query for a <see cref="ContentQuery"/>.</summary>
internal sealed class ContentSqlBuilder
{
    private readonly ContentDefinitionSnapshot _definitions;
    private readonly ContentQuery _query;
    private readonly List<string> _where = [];
    private readonly List<(string Table, string Alias, string On)> _sortJoins = [];
    private readonly List<SortKey> _sorts = [];
    private readonly PrivacyRules _privacy;

    public ContentSqlBuilder(ContentDefinitionSnapshot definitions, ContentQuery query, ContentCaller caller, SqlDialect dialect)
    {
        Parameters = new SqlParameters(dialect);
        _privacy = new PrivacyRules(caller);
        _definitions = definitions;
        _query = query;
        var types = query.ContentTypes.Select(t => definitions.GetType(t) ?? throw new ContentQueryException($"'{t}' is not a content type.")).ToList();
        var singleType = types.Count == 1 ? types[0].Name : null;

        // Every status below requires Latest or Published, and a deleted version is neither (ContentStore's soft
        // delete clears both; publishing and making latest refuse deleted rows), so no "c.Deleted = FALSE" term:
        // without it a published count runs from IX_ContentItemIndex_Type_Published alone instead of every row.
        _where.Add(query.Status switch
        {
            ContentStatus.Published => "c.Published = TRUE",
            ContentStatus.Latest => "c.Latest = TRUE",
            ContentStatus.Draft => "c.Latest = TRUE AND c.Published = FALSE",
            ContentStatus.Unpublished => "c.Latest = TRUE AND c.Published = FALSE AND NOT EXISTS (SELECT 1 FROM ContentItemIndex u WHERE u.ContentItemId = c.ContentItemId AND u.Published = TRUE)",
            _ => "(c.Latest = TRUE OR c.Published = TRUE)",
        });
        if (types.Count > 0)
        {
            _where.Add(Parameters.Dialect.In("c.ContentType", Parameters.Add(types.Select(t => t.Name).ToList())));
        }

        if (query.CulturePreference.Count > 0)
        {
            _where.Add(CulturePreference(query.CulturePreference, _where[0].Replace("c.", "x.", StringComparison.Ordinal)));
        }
        else if (query.Culture is { Length: > 0 } culture)
        {
            _where.Add($"c.Culture = {Parameters.Add(culture)}");
        }

        if (AccessPredicate.Build(caller, types.Count > 0 ? types : definitions.Types, Parameters) is { } access)
        {
            _where.Add(access);
        }

        if (query.Where is not null)
        {
            _where.Add(new FilterSql(definitions, singleType, Parameters, _privacy).Build(query.Where));
        }

        AddSorts(singleType);
    }

    public SqlParameters Parameters { get; }

    public IReadOnlyList<SortKey> Sorts => _sorts;

    public string CountSql => $"SELECT COUNT(*) FROM ContentItemIndex c WHERE {string.Join(" AND ", _where)}";

    /// <summary>Selects Id, one column per sort key, then <paramref name="columns"/>; one row more than the page to detect a next page.</summary>
    public string PageSql(string columns = "")
    {
        var where = new List<string>(_where);
        var offset = _query.Skip;
        if (_query.After is { Length: > 0 } cursor)
        {
            var (keys, id) = KeysetCursor.Decode(cursor, _sorts.Count);
            where.Add(AfterCursor(keys, id, 0));
            offset = 0;
        }

        var keysSelect = string.Concat(_sorts.Select((s, i) => $", {s.Expression} AS k{i}"));
        var orderBy = string.Join(", ", _sorts.Select(s => s.OrderBy).Append(IdTieBreakDescending ? "c.Id DESC" : "c.Id ASC"));
        return $"SELECT c.Id{keysSelect}{columns} FROM {FromClause()} WHERE {string.Join(" AND ", where)} "
            + $"ORDER BY {orderBy} LIMIT {Limit()} OFFSET {Parameters.Add(offset)}";
    }

    /// <summary>
    /// Ties are broken by Id in the direction of the last sort key. Every index ends in the row id, ascending, so
    /// "ModifiedUtc DESC, Id DESC" is the sort index walked backwards and SQLite stops after one page; with
    /// "Id ASC" it sorted each run of the page's rows in a temporary b-tree, building every row's result first: the
    /// default list's page statement took 1.8× as long in SQLite (docs/performance-graphql.md, "Eighth run").
    /// </summary>
    private bool IdTieBreakDescending => _sorts.Count > 0 && _sorts[^1].Descending;

    /// <summary>
    /// The page size plus one. On SQLite a literal: its planner reads a bound LIMIT's value, so binding one marks the
    /// statement for a new parse and plan on every run, and the read connections' prepared statements were
    /// re-prepared on every list query. There are at most 1,001 texts (the page size is checked), and the value is
    /// an int, never text from the caller.
    /// </summary>
    private string Limit() =>
        Parameters.Dialect.Provider == DatabaseProvider.Sqlite
            ? (_query.Take + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Parameters.Add(_query.Take + 1);

    /// <summary>
    /// With a field sort first, SQLite is told to walk that field's value index and stop after one page
    /// (CROSS JOIN fixes the loop order there). Left to itself, once it has statistics it scans every item of
    /// the type and sorts them all: 10× slower at 100k items than at 10k (docs/performance.md). Field filters
    /// are EXISTS lookups that cannot drive the query anyway, so this order is never the worse one.
    /// </summary>
    private string FromClause()
    {
        if (Parameters.Dialect.Provider == DatabaseProvider.Sqlite && _sortJoins.Count > 0 && _sorts.Count > 0 && _sorts[0].Expression.StartsWith(_sortJoins[0].Alias + ".", StringComparison.Ordinal))
        {
            var (table, alias, on) = _sortJoins[0];
            return $"{table} {alias} CROSS JOIN ContentItemIndex c ON {on} " + string.Join(" ", _sortJoins.Skip(1).Select(j => $"JOIN {j.Table} {j.Alias} ON {j.On}"));
        }

        return "ContentItemIndex c " + string.Join(" ", _sortJoins.Select(j => $"JOIN {j.Table} {j.Alias} ON {j.On}"));
    }

    /// <summary>An item in culture N qualifies only when its set has no item (in the same status) in a preferred culture.</summary>
    private string CulturePreference(IReadOnlyList<string> cultures, string siblingStatus)
    {
        var clauses = new List<string>();
        for (var i = 0; i < cultures.Count; i++)
        {
            var clause = $"c.Culture = {Parameters.Add(cultures[i])}";
            if (i > 0)
            {
                clause += $" AND NOT EXISTS (SELECT 1 FROM ContentItemIndex x WHERE x.LocalizationSet = c.LocalizationSet AND x.Deleted = FALSE AND {siblingStatus} AND "
                    + Parameters.Dialect.In("x.Culture", Parameters.Add(cultures.Take(i).ToList())) + ")";
            }

            clauses.Add("(" + clause + ")");
        }

        // Items without localization are culture-neutral and always qualify.
        return "(c.LocalizationSet IS NULL OR " + string.Join(" OR ", clauses) + ")";
    }

    private string AfterCursor(IReadOnlyList<string?> keys, long id, int index)
    {
        if (index == _sorts.Count)
        {
            return $"c.Id {(IdTieBreakDescending ? "<" : ">")} {Parameters.Add(id)}";
        }

        var sort = _sorts[index];
        var value = KeysetCursor.Parse(keys[index], sort.Kind) is { } v ? Parameters.Add(v) : null;
        return $"({sort.After(value)} OR ({sort.SameAs(value)} AND {AfterCursor(keys, id, index + 1)}))";
    }

    private void AddSorts(string? singleType)
    {
        var sorts = _query.OrderBy.Count > 0 ? _query.OrderBy : [ContentSort.By(MetadataField.ModifiedUtc, descending: true)];
        foreach (var sort in sorts)
        {
            if (sort.Metadata is { } metadata)
            {
                _privacy.EnsureUsable(metadata);
                var (column, kind) = MetadataColumns.Of(metadata);
                _sorts.Add(new SortKey(column, kind, sort.Descending));
                continue;
            }

            if (singleType is null)
            {
                throw new ContentQueryException($"Sorting by {sort.PartName}.{sort.FieldName} needs exactly one content type.");
            }

            var field = _definitions.FindField(singleType, sort.PartName ?? "", sort.FieldName ?? "")
                ?? throw new ContentQueryException($"{singleType} has no field {sort.PartName}.{sort.FieldName}.");
            _privacy.EnsureUsable(field);
            if (!field.IsSingleScalar)
            {
                throw new ContentQueryException($"{sort.PartName}.{sort.FieldName} holds several values and cannot be sorted on.");
            }

            var index = FieldIndexColumn.For(field);
            var alias = "s" + _sortJoins.Count;

            // Single-valued fields always have a row (NULL when empty; rows for fields added later are backfilled),
            // so an inner join keeps every item and lets the database walk the sort index and stop after one page.
            _sortJoins.Add((index.Table, alias, $"{alias}.DocumentId = c.Id AND {alias}.ContentType = {Parameters.Add(singleType)} "
                + $"AND {alias}.ContentPart = {Parameters.Add(field.PartName)} AND {alias}.ContentField = {Parameters.Add(field.FieldName)}"));
            _sorts.Add(new SortKey($"{alias}.{index.Column}", index.ValueKind, sort.Descending));
        }
    }
}
