namespace EduHub.Admin;

/// <summary>A box on the admin dashboard contributed by a module (e.g. "My review tasks").</summary>
/// <param name="Title">Already localized.</param>
/// <param name="Lines">Each line's text and optional link, already localized.</param>
/// <param name="Empty">Shown when there are no lines.</param>
public sealed record AdminDashboardCard(string Title, IReadOnlyList<(string Text, string? Url)> Lines, string Empty, int Order = 0);
