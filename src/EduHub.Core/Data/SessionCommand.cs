using System.Data.Common;

namespace EduHub.Core.Data;

/// <summary>A command lent by <see cref="DbSession.Command"/>: disposing the lease disposes the command only when the session does not keep it.</summary>
public readonly struct SessionCommand(DbCommand command, bool owned) : IAsyncDisposable
{
    public DbCommand Command { get; } = command;

    public ValueTask DisposeAsync()
    {
        if (owned)
        {
            return Command.DisposeAsync();
        }

        Command.Parameters.Clear();
        return ValueTask.CompletedTask;
    }
}
