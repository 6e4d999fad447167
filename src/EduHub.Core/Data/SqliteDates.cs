namespace EduHub.Core.Data;

/// <summary>
/// Parses the text SQLite keeps dates in ("yyyy-MM-dd HH:mm:ss" with an optional ".fffffff", as
/// Microsoft.Data.Sqlite writes them) without the general parser: three dates per row, every row of every read.
/// </summary>
internal static class SqliteDates
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime value)
    {
        value = default;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)
            || !Digits(text.Slice(11, 2), out var hour) || !Digits(text.Slice(14, 2), out var minute) || !Digits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        long ticks = 0;
        var rest = text[19..];
        if (rest.Length > 0)
        {
            if (rest[0] != '.' || rest.Length is < 2 or > 8 || !Digits(rest[1..], out var fraction))
            {
                return false;
            }

            ticks = fraction * Pow10(7 - (rest.Length - 1));
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month) || hour > 23 || minute > 59 || second > 59 || year < 1)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
