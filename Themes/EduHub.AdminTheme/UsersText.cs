namespace EduHub.AdminTheme;

/// <summary>Marker for the users and roles admin's strings: <c>Resources/UsersText.{hy,ru}.resx</c>.</summary>
public sealed class UsersText;
