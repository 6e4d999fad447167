namespace EduHub.PortalTheme;

/// <summary>Marker for the portal's shared texts (layout, home, errors): <c>Resources/PortalText.{hy,ru}.resx</c>, English is the key.</summary>
public sealed class PortalText;
