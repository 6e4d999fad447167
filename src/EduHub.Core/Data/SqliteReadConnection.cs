using Microsoft.Data.Sqlite;

namespace EduHub.Core.Data;

/// <summary>
/// An SQLite connection kept open for read sessions, with its commands kept by SQL text. Microsoft.Data.Sqlite
/// prepares a statement again for every new command, and a closed connection drops its commands; parsing and
/// planning the list queries was about a third of SQLite's time in a GraphQL request. Kept open (in
/// <see cref="Database"/>'s pool), a connection runs each statement text it has seen from its prepared form.
/// Used by one session at a time, like any ADO.NET connection.
/// </summary>
internal sealed class SqliteReadConnection(SqliteConnection connection) : IDisposable
{
    // The id lookups have one text per list length; more distinct texts than this start the cache afresh.
    private const int MaxCommands = 200;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private SqliteCommand? _begin;
    private SqliteCommand? _rollBack;

    public SqliteConnection Connection => connection;

    /// <summary>
    /// Begins a deferred transaction (a snapshot from the first read) with a kept command. Through
    /// <see cref="SqliteConnection.BeginTransaction()"/> every session's BEGIN and ROLLBACK were new commands, prepared
    /// and disposed each time: two of a GraphQL list's three statements.
    /// </summary>
    public void Begin() => Kept(ref _begin, "BEGIN").ExecuteNonQuery();

    /// <summary>Ends the session's transaction; throws (and the connection is then not reused) when it cannot.</summary>
    public void RollBack() => Kept(ref _rollBack, "ROLLBACK").ExecuteNonQuery();

    /// <summary>The command for <paramref name="sql"/>, without parameters; prepared from its previous run if it had one.</summary>
    public SqliteCommand Command(string sql)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            command.Parameters.Clear();
            return command;
        }

        if (_commands.Count >= MaxCommands)
        {
            DisposeCommands();
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        _commands[sql] = command;
        return command;
    }

    public void Dispose()
    {
        DisposeCommands();
        _begin?.Dispose();
        _rollBack?.Dispose();
        connection.Dispose();
    }

    private SqliteCommand Kept(ref SqliteCommand? command, string sql)
    {
        if (command is null)
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
        }

        return command;
    }

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
