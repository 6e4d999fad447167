namespace EduHub.Core.Contents;

/// <summary>A problem with one value. <see cref="Path"/> is "Part.Field" (e.g. "Platform.Website").</summary>
public sealed record ContentError(string Path, string Message, string Code = ContentErrorCodes.Invalid)
{
    private static readonly IReadOnlyDictionary<string, object> NoArguments = new Dictionary<string, object>();

    /// <summary>
    /// The values the English <see cref="Message"/> was built from, by name (<see cref="ContentErrorArguments"/>), so a
    /// user interface can word the message in its own language from <see cref="Code"/> and these. Empty when the
    /// message is free text (a module's own rule, a pattern message from the definition).
    /// </summary>
    public IReadOnlyDictionary<string, object> Arguments { get; init; } = NoArguments;

    // The message already carries the arguments' values: equality stays on what a caller reads.
    public bool Equals(ContentError? other) => other is not null && Path == other.Path && Message == other.Message && Code == other.Code;

    public override int GetHashCode() => HashCode.Combine(Path, Message, Code);
}
