namespace EduHub.ContentEditing.Diffing;

public enum DiffSegmentKind
{
    Same,
    Removed,
    Added,
}
