using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using EduHub.Core.Contents;

namespace EduHub.Core.Data;

/// <summary>
/// Reading items from <c>ContentItemIndex</c> rows with plain ADO.NET commands (no Dapper list expansion): the read
/// path's hot statements. An item read this way has its index-row data and an empty document.
/// </summary>
internal static class ItemRows
{
    // The row's values in the order both forms use: Id first, then what ContentItem needs.
    private const string Values =
        "c.Id, c.ContentItemId, c.ContentItemVersionId, c.ContentType, c.Latest, c.Published, c.Owner, c.CreatedUtc, c.ModifiedUtc, c.PublishedUtc, c.DisplayText, c.Author";

    // The last value seen in each column that repeats from row to row (a page of one type, mostly one owner).
    private static string? _lastContentType;
    private static string? _lastOwner;
    private static string? _lastAuthor;

    /// <summary>
    /// What <see cref="Read"/> expects (alias <c>c</c>): the columns on PostgreSQL, one JSON array of them on SQLite.
    /// Through Microsoft.Data.Sqlite each column costs two to four native calls, each taking the statement's
    /// SafeHandle and SQLite's connection mutex; for a page of 20 items and their 20 providers that was about
    /// 1,500 calls and the largest single cost of a GraphQL list request. One array is three calls per row.
    /// </summary>
    public static string Columns(SqlDialect dialect) =>
        dialect.Provider == DatabaseProvider.Sqlite ? $"json_array({Values})" : Values;

    public static (long Id, ContentItem Item) Read(DbDataReader r, int offset, SqlDialect dialect) =>
        dialect.Provider == DatabaseProvider.Sqlite ? ReadArray(r.GetFieldValue<byte[]>(offset)) : ReadColumns(r, offset);

    private static (long Id, ContentItem Item) ReadColumns(DbDataReader r, int offset) =>
        (r.GetInt64(offset), new ContentItem
        {
            ContentItemId = r.GetString(offset + 1),
            ContentItemVersionId = r.GetString(offset + 2),
            ContentType = r.GetString(offset + 3),
            Latest = r.GetFlag(offset + 4),
            Published = r.GetFlag(offset + 5),
            Owner = r.GetNullableString(offset + 6),
            CreatedUtc = r.GetUtc(offset + 7),
            ModifiedUtc = r.GetUtc(offset + 8),
            PublishedUtc = r.GetUtc(offset + 9),
            DisplayText = r.GetNullableString(offset + 10),
            Author = r.GetNullableString(offset + 11),
        });

    /// <summary>Reads SQLite's <c>json_array</c> of <see cref="Values"/> (UTF-8: text columns come out as JSON strings, flags as 0/1).</summary>
    private static (long Id, ContentItem Item) ReadArray(byte[] utf8)
    {
        var json = new Utf8JsonReader(utf8);
        json.Read();
        var id = Number(ref json);
        var item = new ContentItem
        {
            ContentItemId = Text(ref json) ?? "",
            ContentItemVersionId = Text(ref json) ?? "",
            ContentType = RepeatedText(ref json, ref _lastContentType) ?? "",
            Latest = Number(ref json) != 0,
            Published = Number(ref json) != 0,
            Owner = RepeatedText(ref json, ref _lastOwner),
            CreatedUtc = Date(ref json),
            ModifiedUtc = Date(ref json),
            PublishedUtc = Date(ref json),
            DisplayText = Text(ref json),
            Author = RepeatedText(ref json, ref _lastAuthor),
        };
        return (id, item);
    }

    /// <summary>
    /// The column's text, as the same string object as the previous row's when the bytes are equal: a page of 20
    /// platforms and their providers allocated 120 copies of a handful of type and user names. Comparing the bytes
    /// costs less than decoding them. Shared by all threads: a race only means one more copy.
    /// </summary>
    private static string? RepeatedText(ref Utf8JsonReader json, ref string? last)
    {
        json.Read();
        if (json.TokenType != JsonTokenType.String)
        {
            return null;
        }

        var previous = Volatile.Read(ref last);
        if (previous is not null && json.ValueTextEquals(previous))
        {
            return previous;
        }

        var text = json.GetString()!;
        Volatile.Write(ref last, text);
        return text;
    }

    private static long Number(ref Utf8JsonReader json)
    {
        json.Read();
        return json.TokenType == JsonTokenType.Number ? json.GetInt64() : 0;
    }

    private static string? Text(ref Utf8JsonReader json)
    {
        json.Read();
        return json.TokenType == JsonTokenType.String ? json.GetString() : null;
    }

    private static DateTime? Date(ref Utf8JsonReader json)
    {
        json.Read();
        if (json.TokenType != JsonTokenType.String)
        {
            return null;
        }

        // The text SQLite keeps ("yyyy-MM-dd HH:mm:ss.fffffff", no escapes), parsed without a string in between.
        // ASCII widened without a decoder (anything else falls back to the general parser below).
        Span<char> text = stackalloc char[32];
        DateTime value = default;
        var parsed = json.ValueSpan.Length <= text.Length
            && System.Text.Ascii.ToUtf16(json.ValueSpan, text, out var length) == System.Buffers.OperationStatus.Done
            && SqliteDates.TryParse(text[..length], out value);
        return parsed ? value : DateTime.SpecifyKind(DateTime.Parse(json.GetString()!, CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }

    /// <summary>
    /// <c>column IN</c> the values of one parameter: a JSON array read with <c>json_each</c> on SQLite, an array with
    /// <c>= ANY</c> on PostgreSQL. Values go in with <see cref="AddValues"/>. One parameter instead of one per value: the
    /// statement's text is the same for any number of values (one prepared statement per connection, not one per
    /// count), and binding twenty named parameters through Microsoft.Data.Sqlite cost more than SQLite reading the array.
    /// </summary>
    public static string In(SqlDialect dialect, string column, string prefix) =>
        dialect.Provider == DatabaseProvider.Postgres
            ? $"{column} = ANY(@{prefix})"
            : $"{column} IN (SELECT value FROM json_each(@{prefix}))";

    public static void AddValues<T>(DbCommand command, SqlDialect dialect, string prefix, IReadOnlyList<T> values) =>
        Add(command, prefix, dialect.Provider == DatabaseProvider.Postgres ? values.ToArray() : JsonSerializer.Serialize(values));

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
