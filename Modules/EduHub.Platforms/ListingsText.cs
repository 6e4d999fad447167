namespace EduHub.Platforms;

/// <summary>Marker for the partner's listings pages: <c>Resources/ListingsText.{hy,ru}.resx</c>, English is the key.</summary>
public sealed class ListingsText;
