namespace EduHub.AdminTheme;

/// <summary>Marker for the recipes pages' strings (<c>Resources/RecipesText.{hy,ru}.resx</c>).</summary>
public sealed class RecipesText;
