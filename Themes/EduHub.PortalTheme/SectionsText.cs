namespace EduHub.PortalTheme;

/// <summary>Marker for the texts of the schools, safety, support and news sections and their item pages: <c>Resources/SectionsText.{hy,ru}.resx</c>, English is the key.</summary>
public sealed class SectionsText;
