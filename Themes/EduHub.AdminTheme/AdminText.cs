namespace EduHub.AdminTheme;

/// <summary>
/// Marker for the admin's strings: <c>IStringLocalizer&lt;AdminText&gt;</c> reads
/// <c>Resources/AdminText.{hy,ru}.resx</c>; the English text is the key, so a missing entry shows English.
/// </summary>
public sealed class AdminText;
