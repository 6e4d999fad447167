namespace EduHub.AdminTheme.Diffing;

public enum DiffSegmentKind
{
    Same,
    Removed,
    Added,
}
