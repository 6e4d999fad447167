namespace EduHub.Core.Contents;

public static class ContentErrorCodes
{
    public const string Invalid = "invalid";
    public const string Required = "required";
    public const string TooLong = "too_long";
    public const string OutOfRange = "out_of_range";
    public const string NotAllowed = "not_allowed";
    public const string NotFound = "not_found";
    public const string WrongType = "wrong_type";
    public const string Duplicate = "duplicate";
}
