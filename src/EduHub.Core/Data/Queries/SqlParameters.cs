using System.Collections;
using System.Globalization;
using System.Text;
using Dapper;

namespace EduHub.Core.Data.Queries;

/// <summary>
/// Numbered parameters for generated SQL: values never touch the SQL text. On SQLite a list becomes one parameter per
/// value, "(@p3_0, @p3_1)", so the statement can run as a plain command (prepared once per connection: see
/// <see cref="DbSession.Command"/>); PostgreSQL gets one array parameter (<see cref="SqlDialect.In"/>).
/// </summary>
internal sealed class SqlParameters(SqlDialect dialect)
{
    private readonly StringBuilder _key = new();
    private readonly List<(string Name, object? Value)> _scalars = [];

    public SqlDialect Dialect { get; } = dialect;

    private int _next;

    public DynamicParameters Values { get; } = new();

    /// <summary>Every value in order, written unambiguously: with the SQL text, it identifies a statement's result.</summary>
    public string ValuesKey => _key.ToString();

    /// <remarks>
    /// Names end in "_": Dapper expands a list parameter "@p1" into "@p11", "@p12", ... for SQLite, which
    /// would collide with a plain "@p11". "@p1_" expands to "@p1_1", which no other name can be.
    /// </remarks>
    public string Add(object? value)
    {
        var name = "p" + _next++ + "_";
        AppendKey(value);
        _key.Append('\u001e');
        if (Dialect.Provider == DatabaseProvider.Sqlite && value is IEnumerable list and not string)
        {
            var names = new List<string>();
            foreach (var item in list)
            {
                var itemName = name + names.Count.ToString(CultureInfo.InvariantCulture);
                Values.Add(itemName, item);
                _scalars.Add((itemName, item));
                names.Add("@" + itemName);
            }

            // "x IN (SELECT NULL WHERE 0)" is false and its NOT true, like an empty list should be.
            return names.Count == 0 ? "(SELECT NULL WHERE 0)" : "(" + string.Join(", ", names) + ")";
        }

        Values.Add(name, value);
        _scalars.Add((name, value));
        return "@" + name;
    }

    /// <summary>Adds every value to a plain ADO.NET command (SQLite: lists were expanded into scalars by <see cref="Add"/>).</summary>
    public void AddTo(System.Data.Common.DbCommand command)
    {
        foreach (var (name, value) in _scalars)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }

    private void AppendKey(object? value)
    {
        switch (value)
        {
            case null:
                _key.Append('\u0000');
                break;
            case string text:
                _key.Append('s').Append(text.Length).Append(':').Append(text);
                break;
            case DateTime date:
                _key.Append('d').Append(date.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset date:
                _key.Append('o').Append(date.ToString("O", CultureInfo.InvariantCulture));
                break;
            case IEnumerable list:
                _key.Append('[');
                foreach (var item in list)
                {
                    AppendKey(item);
                    _key.Append('\u001f');
                }

                _key.Append(']');
                break;
            case IFormattable number:
                _key.Append(value.GetType().Name).Append(':').Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                _key.Append(value.GetType().Name).Append(':').Append(value);
                break;
        }
    }
}
