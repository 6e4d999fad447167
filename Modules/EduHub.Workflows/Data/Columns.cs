namespace EduHub.Workflows.Data;

/// <summary>Column values read the same from SQLite (ISO text, integers) and PostgreSQL (timestamptz, booleans).</summary>
internal static class Columns
{
    public static DateTime Utc(object value) => value switch
    {
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        DateTimeOffset o => o.UtcDateTime,
        string s => DateTime.SpecifyKind(DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal), DateTimeKind.Utc),
        _ => throw new InvalidCastException($"Not a timestamp: {value}"),
    };

    public static DateTime? NullableUtc(object? value) => value is null or DBNull ? null : Utc(value);

    public static bool Flag(object value) => value switch
    {
        bool b => b,
        long l => l != 0,
        int i => i != 0,
        _ => false,
    };
}
