using System.Data;
using System.Data.Common;

namespace EduHub.Bench;

/// <summary>Prepared commands with positional values: the least a hand-written data layer does per statement.</summary>
internal static class RawSql
{
    public static DbCommand Prepare(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.DbType = type;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    public static async Task<int> ExecuteAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(command, values);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return 1;
    }

    public static Task<object?> ScalarAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteScalarAsync(cancellationToken);
    }

    private static void Bind(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
