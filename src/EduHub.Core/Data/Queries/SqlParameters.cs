using System.Collections;
using System.Globalization;
using System.Text;
using Dapper;

namespace EduHub.Core.Data.Queries;

/// <summary>Numbered parameters for generated SQL: values never touch the SQL text.</summary>
internal sealed class SqlParameters(SqlDialect dialect)
{
    private readonly StringBuilder _key = new();

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
        Values.Add(name, value);
        AppendKey(value);
        _key.Append('\u001e');
        return "@" + name;
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
