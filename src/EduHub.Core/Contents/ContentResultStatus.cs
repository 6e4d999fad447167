namespace EduHub.Core.Contents;

public enum ContentResultStatus
{
    Ok,
    NotFound,
    Invalid,
    Conflict,
    Forbidden,
    Canceled,
}
