namespace EduHub.Web.Cli.Demo;

/// <summary>
/// Random numbers in the ranges of Armenia's numbering plan (domain.md §5), written in E.164. They are not
/// taken from any directory; a generated number may still exist, so never dial or text them.
/// </summary>
internal static class DemoPhones
{
    private static readonly string[] MobileCodes = ["77", "91", "93", "94", "95", "96", "98", "99", "33", "41", "43", "44", "49", "55"];

    public static string Mobile(DemoRandom random) => "+374" + random.Pick(MobileCodes) + random.Digits(6);

    /// <summary>Yerevan ("10") has 6-digit subscriber numbers, the 3-digit regional codes 5-digit ones.</summary>
    public static string Landline(DemoRandom random, string areaCode) =>
        "+374" + areaCode + random.Next(1, 10) + random.Digits(areaCode.Length == 2 ? 5 : 4);
}
