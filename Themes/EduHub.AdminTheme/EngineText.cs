namespace EduHub.AdminTheme;

/// <summary>Marker for the engine's validation messages as the admin words them: <c>Resources/EngineText.{hy,ru}.resx</c>.</summary>
public sealed class EngineText;
