using Dapper;

namespace EduHub.Core.Data.Queries;

/// <summary>Numbered parameters for generated SQL: values never touch the SQL text.</summary>
internal sealed class SqlParameters(SqlDialect dialect)
{
    public SqlDialect Dialect { get; } = dialect;

    private int _next;

    public DynamicParameters Values { get; } = new();

    /// <remarks>
    /// Names end in "_": Dapper expands a list parameter "@p1" into "@p11", "@p12", ... for SQLite, which
    /// would collide with a plain "@p11". "@p1_" expands to "@p1_1", which no other name can be.
    /// </remarks>
    public string Add(object? value)
    {
        var name = "p" + _next++ + "_";
        Values.Add(name, value);
        return "@" + name;
    }
}
