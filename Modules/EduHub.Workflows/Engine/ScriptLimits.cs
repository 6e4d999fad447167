namespace EduHub.Workflows.Engine;

/// <summary>Configuration section <c>EduHub:Workflows:Scripts</c>: how far a workflow script may go.</summary>
internal sealed class ScriptLimits
{
    public int MaxStatements { get; set; } = 10_000;

    public int MaxRecursion { get; set; } = 64;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    public long MaxMemoryBytes { get; set; } = 16_000_000;
}
