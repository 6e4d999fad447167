namespace EduHub.Search.Lucene;

/// <summary>
/// Marker for the search admin's strings: <c>IStringLocalizer&lt;SearchText&gt;</c> reads
/// <c>Resources/SearchText.{hy,ru}.resx</c>; the English text is the key.
/// </summary>
public sealed class SearchText;
