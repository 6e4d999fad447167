using System.Text.RegularExpressions;

namespace EduHub.Core.Contents.Text;

/// <summary>
/// Armenian numbers (+374, national prefix 0, 8-digit national number) in any usual writing —
/// "(010) 578455", "010 57 84 55", "+374 (10) 527-000", "077 123456", "0037477123456" — normalized to E.164.
/// Number ranges follow libphonenumber's metadata for AM (landlines 10 and 2xx/3xx, mobiles, 80x, 90x).
/// </summary>
public static partial class ArmenianPhoneNumber
{
    public static bool TryNormalize(string? input, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var compact = Separators().Replace(input.Trim(), "");
        string national;
        if (compact.StartsWith("+374", StringComparison.Ordinal))
        {
            national = compact[4..];
        }
        else if (compact.StartsWith("00374", StringComparison.Ordinal))
        {
            national = compact[5..];
        }
        else if (compact.StartsWith('0') && compact.Length == 9)
        {
            national = compact[1..];
        }
        else
        {
            return false;
        }

        if (national.StartsWith('0'))
        {
            // "+374 (0)10 ..." style: the national prefix written after the country code.
            national = national[1..];
        }

        if (!NationalNumber().IsMatch(national))
        {
            return false;
        }

        e164 = "+374" + national;
        return true;
    }

    [GeneratedRegex(@"[\s\-\.\(\)\u00A0]")]
    private static partial Regex Separators();

    // [0-9], not \d: \d also matches Arabic-Indic and full-width digits, which are not E.164.
    [GeneratedRegex(@"^(10[0-9]{6}|[23][0-9]{7}|(33|4[1349]|55|77|88|9[1-9])[0-9]{6}|80[0-4][0-9]{5}|90[016][0-9]{5})$")]
    private static partial Regex NationalNumber();
}
