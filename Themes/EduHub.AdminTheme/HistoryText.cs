namespace EduHub.AdminTheme;

/// <summary>Marker for the strings of version history, diff, restore, translations and the audit log (<c>Resources/HistoryText.{hy,ru}.resx</c>).</summary>
public sealed class HistoryText;
