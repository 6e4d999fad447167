using System.Data.Common;
using System.Globalization;
using EduHub.Core.Contents;

namespace EduHub.Core.Data;

/// <summary>
/// Reading items from <c>ContentItemIndex</c> rows with plain ADO.NET commands (no Dapper list expansion): the read
/// path's hot statements. An item read this way has its index-row data and an empty document.
/// </summary>
internal static class ItemRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order (alias <c>c</c>).</summary>
    public const string Columns =
        "c.Id, c.ContentItemId, c.ContentItemVersionId, c.ContentType, c.VersionNumber, c.Latest, c.Published, c.Owner, c.CreatedUtc, c.ModifiedUtc, c.PublishedUtc, c.DisplayText, c.Author";

    public static (long Id, ContentItem Item) Read(DbDataReader r, int offset) =>
        (r.GetInt64(offset), new ContentItem
        {
            ContentItemId = r.GetString(offset + 1),
            ContentItemVersionId = r.GetString(offset + 2),
            ContentType = r.GetString(offset + 3),
            Latest = r.GetFlag(offset + 5),
            Published = r.GetFlag(offset + 6),
            Owner = r.GetNullableString(offset + 7),
            CreatedUtc = r.GetUtc(offset + 8),
            ModifiedUtc = r.GetUtc(offset + 9),
            PublishedUtc = r.GetUtc(offset + 10),
            DisplayText = r.GetNullableString(offset + 11),
            Author = r.GetNullableString(offset + 12),
        });

    /// <summary>
    /// <c>column IN (@p0, @p1, ...)</c> on SQLite, one parameter per value (the same count gives the same text), and
    /// <c>column = ANY(@p)</c> with one array parameter on PostgreSQL. Values go in with <see cref="AddValues"/>.
    /// </summary>
    public static string In(SqlDialect dialect, string column, string prefix, int count) =>
        dialect.Provider == DatabaseProvider.Postgres
            ? $"{column} = ANY(@{prefix})"
            : $"{column} IN (" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"@{prefix}{i.ToString(CultureInfo.InvariantCulture)}")) + ")";

    public static void AddValues<T>(DbCommand command, SqlDialect dialect, string prefix, IReadOnlyList<T> values)
    {
        if (dialect.Provider == DatabaseProvider.Postgres)
        {
            Add(command, prefix, values.ToArray());
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            Add(command, prefix + i.ToString(CultureInfo.InvariantCulture), values[i]);
        }
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
