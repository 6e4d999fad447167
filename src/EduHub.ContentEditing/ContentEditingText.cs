namespace EduHub.ContentEditing;

/// <summary>Marker for the shared field editors' strings: <c>Resources/ContentEditingText.{hy,ru}.resx</c>.</summary>
public sealed class ContentEditingText;
