using System.Globalization;

namespace EduHub.PortalTheme.Sections;

/// <summary>The <c>page</c> query parameter: anything that is not a positive number (garbage, 0, huge) means page 1.</summary>
public static class PageNumber
{
    public const int MaxPage = 10_000;

    public static int Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage ? page : 1;
}
