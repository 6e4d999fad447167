using System.Data.Common;

namespace EduHub.Core.Data;

/// <summary>Reads columns the same way from SQLite (integers, ISO text) and PostgreSQL (booleans, timestamptz).</summary>
internal static class DataReaderExtensions
{
    public static bool GetFlag(this DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        bool b => b,
        long l => l != 0,
        int i => i != 0,
        _ => false,
    };

    public static DateTime? GetUtc(this DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        // SQLite stores dates as text; its reader parses them with the general, culture-aware DateTime.Parse.
        if (reader.GetFieldType(ordinal) == typeof(string) && SqliteDates.TryParse(reader.GetString(ordinal), out var parsed))
        {
            return parsed;
        }

        return DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);
    }

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
