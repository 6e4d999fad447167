namespace EduHub.Web.Cli.Demo;

/// <param name="Town">The town or village the school is named after (Yerevan for its districts).</param>
/// <param name="TownGenitiveHy">Armenian school names use the genitive: «Գյումրու թիվ 41 ...».</param>
/// <param name="Community">The School.Community value: the settlement, or for Yerevan the administrative district.</param>
/// <param name="PostalCode">First postal code of the place; its first two digits give the marz.</param>
/// <param name="AreaCode">Telephone area code: "10" in Yerevan, three digits (2xx/3xx) elsewhere.</param>
/// <param name="Weight">Relative share of the region's schools.</param>
public sealed record Settlement(Localized Town, string TownGenitiveHy, Localized Community, int PostalCode, int PostalSpan, string AreaCode, double Weight, bool IsVillage = false);
