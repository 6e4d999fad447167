namespace EduHub.Taxonomies;

/// <summary>
/// Marker for the taxonomy admin's strings: <c>IStringLocalizer&lt;TaxonomiesText&gt;</c> reads
/// <c>Resources/TaxonomiesText.{hy,ru}.resx</c>; the English text is the key.
/// </summary>
public sealed class TaxonomiesText;
