namespace EduHub.PortalTheme;

/// <summary>Marker for the platform directory's and platform page's texts: <c>Resources/PlatformsText.{hy,ru}.resx</c>, English is the key.</summary>
public sealed class PlatformsText;
