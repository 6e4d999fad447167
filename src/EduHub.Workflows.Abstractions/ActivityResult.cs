using System.Text.Json.Nodes;

namespace EduHub.Workflows.Abstractions;

/// <summary>
/// What an activity did: the outcomes to follow, and whether it (still) blocks the instance, until when and
/// with which state of its own. An activity can both follow outcomes and stay blocking (a reminder).
/// </summary>
public sealed record ActivityResult(IReadOnlyList<string> Outcomes, bool Blocks = false, DateTime? DueUtc = null, JsonObject? Data = null, string? Fault = null)
{
    public const string DoneOutcome = "Done";

    public static ActivityResult Done() => new([DoneOutcome]);

    public static ActivityResult Outcome(params string[] outcomes) => new(outcomes);

    public static ActivityResult Halt(DateTime? dueUtc = null, JsonObject? data = null) => new([], Blocks: true, dueUtc, data);

    public static ActivityResult Faulted(string message) => new([], Fault: message);
}
