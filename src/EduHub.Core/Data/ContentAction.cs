namespace EduHub.Core.Data;

public enum ContentAction
{
    Created,
    Updated,
    Published,
    Unpublished,
    DraftDiscarded,
    Removed,
    Cloned,
    Restored,
}
