namespace EduHub.AdminTheme;

/// <summary>Marker for the account pages' strings (password reset, change password, two-factor): <c>Resources/AccountText.{hy,ru}.resx</c>.</summary>
public sealed class AccountText;
