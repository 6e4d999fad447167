using System.Text;

namespace EduHub.Core.Contents.Text;

/// <summary>
/// URL slugs. Armenian and Cyrillic are transliterated to Latin so that links survive copy-paste into
/// SMS, old phones and chat apps unescaped («Երևան» → "yerevan", «Ереван» → "erevan").
/// </summary>
public static class Slug
{
    public const int MaxLength = 120;

    public static string Generate(string? text)
    {
        // Transliterate first (NFD would split Cyrillic «й» into «и» + breve), then drop accents: "Lycée" → "lycee".
        var latin = Transliteration.ToLatin((text ?? "").ToLowerInvariant()).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(latin.Length);
        foreach (var c in latin)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
    }

    /// <summary>Normalizes a path of slugs ("Schools/Գյումրի No 5" → "schools/gyumri-no-5").</summary>
    public static string NormalizePath(string path) =>
        string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Generate).Where(s => s.Length > 0));
}
