namespace EduHub.Web.Cli.Demo;

/// <param name="Name">Appended to a theme word: «Լույս» առցանց դասարան / Luys Online Classroom.</param>
public sealed record PlatformKind(Localized Name, Localized Summary, IReadOnlyList<string> Channels, int MinKbps, int MaxKbps, IReadOnlyList<string>? SubjectSlugs = null);
