namespace EduHub.AdminTheme;

/// <summary>Marker for the content pages' strings (list, editor, bulk actions): <c>Resources/ContentText.{hy,ru}.resx</c>.</summary>
public sealed class ContentText;
