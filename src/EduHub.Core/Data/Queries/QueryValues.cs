using System.Globalization;
using System.Text.Json;

namespace EduHub.Core.Data.Queries;

/// <summary>Converts filter values (CLR values or JSON elements from APIs) to the index column's type.</summary>
internal static class QueryValues
{
    /// <summary>A typed array, as Npgsql needs for <c>= ANY(@p)</c>.</summary>
    public static object ConvertList(IReadOnlyList<object?> values, SortValueKind kind, bool fold) => kind switch
    {
        SortValueKind.Text => values.Select(v => (string?)Convert(v, kind, fold)).ToArray(),
        SortValueKind.Number => values.Select(v => (double?)Convert(v, kind, fold)).ToArray(),
        SortValueKind.Boolean => values.Select(v => (bool?)Convert(v, kind, fold)).ToArray(),
        _ => values.Select(v => (DateTime?)Convert(v, kind, fold)).ToArray(),
    };

    public static object? Convert(object? value, SortValueKind kind, bool fold)
    {
        if (value is JsonElement element)
        {
            value = element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Number => element.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };
        }

        if (value is null)
        {
            return null;
        }

        try
        {
            return kind switch
            {
                SortValueKind.Text => fold ? TextFolding.Fold(System.Convert.ToString(value, CultureInfo.InvariantCulture)) : System.Convert.ToString(value, CultureInfo.InvariantCulture),
                SortValueKind.Number => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
                SortValueKind.Boolean => value is string s ? bool.Parse(s) : System.Convert.ToBoolean(value, CultureInfo.InvariantCulture),
                _ => value is DateTime d ? DateTime.SpecifyKind(d.ToUniversalTime(), DateTimeKind.Utc)
                    : value is DateTimeOffset o ? o.UtcDateTime
                    : DateTime.SpecifyKind(DateTime.Parse(System.Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ContentQueryException($"'{value}' is not a valid {kind.ToString().ToLowerInvariant()} value.");
        }
    }
}
