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

    public static DateTime? GetUtc(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
