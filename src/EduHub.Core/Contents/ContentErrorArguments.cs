namespace EduHub.Core.Contents;

/// <summary>Names of <see cref="ContentError.Arguments"/>: a code plus the names present identify the sentence.</summary>
public static class ContentErrorArguments
{
    /// <summary>The field's display name from the definition (English), e.g. "Website".</summary>
    public const string Label = "label";

    /// <summary>The limit: characters for text (<see cref="ContentErrorCodes.TooLong"/>), a number or a date for <see cref="ContentErrorCodes.OutOfRange"/>.</summary>
    public const string Max = "max";

    public const string Min = "min";

    /// <summary>The value at fault as given (e.g. the alias or path already used by another item).</summary>
    public const string Value = "value";

    /// <summary>The length the value has (characters).</summary>
    public const string Length = "length";
}
