namespace EduHub.Web.Cli.Demo;

/// <param name="Value">The stored School.SchoolType option.</param>
/// <param name="Name">The type as it appears in the school's name.</param>
public sealed record SchoolKind(string Value, Localized Name, double Weight, int MinPupils, int MaxPupils);
