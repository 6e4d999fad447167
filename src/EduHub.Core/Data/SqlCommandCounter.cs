namespace EduHub.Core.Data;

/// <summary>
/// SQL commands run by the read path in the current scope (request). The query service counts what it
/// executes, so tests can prove that related data is loaded in batches (no N+1).
/// </summary>
public sealed class SqlCommandCounter
{
    private int _commands;

    public int Commands => _commands;

    public void Add(int commands = 1) => Interlocked.Add(ref _commands, commands);
}
