using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EduHub.Core.Data.Queries;

/// <summary>Opaque cursor: the sort key values and id of the last row of a page, base64url JSON.</summary>
internal static class KeysetCursor
{
    public static string Encode(IReadOnlyList<string?> keys, long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new CursorData([.. keys], id))))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (IReadOnlyList<string?> Keys, long Id) Decode(string cursor, int keyCount)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var data = JsonSerializer.Deserialize<CursorData>(Convert.FromBase64String(base64));
            if (data?.K is null || data.K.Length != keyCount)
            {
                throw new ContentQueryException("The cursor does not belong to this query (its sort order differs).");
            }

            return (data.K, data.I);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new ContentQueryException("The cursor is not valid.");
        }
    }

    public static string? Format(object? value) => value switch
    {
        null or DBNull => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static object? Parse(string? text, SortValueKind kind)
    {
        try
        {
            return ParseValue(text, kind);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new ContentQueryException("The cursor is not valid.");
        }
    }

    private static object? ParseValue(string? text, SortValueKind kind) => text is null ? null : kind switch
    {
        SortValueKind.Number => double.Parse(text, CultureInfo.InvariantCulture),
        SortValueKind.Boolean => text is "1" or "True" or "true",
        SortValueKind.Date => DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc),
        _ => text,
    };

    private sealed record CursorData(string?[] K, long I);
}
