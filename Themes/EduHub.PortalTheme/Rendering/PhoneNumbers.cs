namespace EduHub.PortalTheme.Rendering;

/// <summary>Armenian numbers are stored in E.164 (<c>+37410123456</c>); people read them grouped as they dial them.</summary>
public static class PhoneNumbers
{
    public static string Display(string e164)
    {
        if (!e164.StartsWith("+374", StringComparison.Ordinal) || e164.Length != 12)
        {
            return e164;
        }

        var national = e164[4..];
        // Yerevan landlines and mobiles: 2-digit code + 6 digits; regional landlines (2xx, 3xx): 3-digit code + 5 digits.
        var codeLength = national[0] is '2' or '3' ? 3 : 2;
        return $"+374 {national[..codeLength]} {national[codeLength..]}";
    }

    public static string TelHref(string e164) => "tel:" + e164;
}
