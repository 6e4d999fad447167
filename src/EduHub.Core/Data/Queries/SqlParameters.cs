using Dapper;

namespace EduHub.Core.Data.Queries;

/// <summary>Numbered parameters for generated SQL: values never touch the SQL text.</summary>
internal sealed class SqlParameters(SqlDialect dialect)
{
    public SqlDialect Dialect { get; } = dialect;

    private int _next;

    public DynamicParameters Values { get; } = new();

    public string Add(object? value)
    {
        var name = "p" + _next++;
        Values.Add(name, value);
        return "@" + name;
    }
}
