namespace EduHub.Web.Cli.Demo;

/// <param name="Name">Name pattern: {0} is the theme word.</param>
public sealed record OrganizationKind(string Value, Localized Name, Localized Description, double Weight);
