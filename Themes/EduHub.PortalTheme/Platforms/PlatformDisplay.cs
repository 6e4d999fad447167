using System.Globalization;

namespace EduHub.PortalTheme.Platforms;

/// <summary>Small display helpers shared by the directory cards and the platform page.</summary>
public static class PlatformDisplay
{
    /// <summary>Grades as a range when they follow each other (<c>1–12</c>), else a list (<c>1, 5, 9</c>).</summary>
    public static string Grades(IReadOnlyList<string> grades)
    {
        var numbers = grades.Select(g => int.TryParse(g, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToList();
        if (numbers.Count > 2 && numbers.All(n => n is not null))
        {
            var sorted = numbers.Select(n => n!.Value).Order().ToList();
            if (sorted[^1] - sorted[0] == sorted.Count - 1)
            {
                return $"{sorted[0]}–{sorted[^1]}";
            }
        }

        return string.Join(", ", grades);
    }
}
