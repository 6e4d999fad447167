namespace EduHub.Core.Security;

/// <summary>What a caller wants to do with content; each has an "any" and an "own" permission.</summary>
public enum ContentVerb
{
    View,
    Preview,
    Edit,
    Publish,
    Delete,
}
