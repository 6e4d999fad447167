namespace EduHub.Platforms;

/// <summary>Marker for the partner area's texts: <c>Resources/PartnersText.{hy,ru}.resx</c>, English is the key.</summary>
public sealed class PartnersText;
