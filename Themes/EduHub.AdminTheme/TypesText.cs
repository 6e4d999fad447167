namespace EduHub.AdminTheme;

/// <summary>Marker for the content type editor's strings (<c>Resources/TypesText.{hy,ru}.resx</c>).</summary>
public sealed class TypesText;
