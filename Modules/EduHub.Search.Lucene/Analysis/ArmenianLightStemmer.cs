namespace EduHub.Search.Lucene.Analysis;

/// <summary>
/// A light, predictable stemmer for folded, lower-cased Armenian words (see domain.md §5): one case or
/// article ending, then the plural, then the «ություն» family, then the unstressed «ի» that drops in
/// inflection (ուսուցիչ → ուսուցչի; Լոռի → Լոռու). Query and document words go through the same steps,
/// so what matters is that the forms of one word meet, not that the stem is a dictionary word.
/// </summary>
internal static class ArmenianLightStemmer
{
    private const int MinStem = 3;

    // Longest first: one ending is removed.
    private static readonly string[] CaseEndings = ["ներում", "ներից", "ներով", "ներին", "ների", "ները", "ում", "ից", "ով", "ին", "ու", "ի", "ը"];

    private static readonly string[] PluralEndings = ["ներ"];

    public static string Stem(string word)
    {
        if (word.Length <= MinStem || !IsArmenian(word))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ության", StringComparison.Ordinal))
        {
            stem = stem[..^"ության".Length] + "ություն";
        }
        else if (stem.EndsWith("ությամբ", StringComparison.Ordinal))
        {
            stem = stem[..^"ությամբ".Length] + "ություն";
        }
        else
        {
            stem = Strip(stem, CaseEndings);
            stem = Strip(stem, PluralEndings);
        }

        return DropReducibleVowel(stem);
    }

    private static string Strip(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    /// <summary>«ի» after the first letter drops in declension (ուսուցիչ/ուսուցչի, Գյումրի/Գյումրու): leave it out everywhere but at the start.</summary>
    private static string DropReducibleVowel(string stem)
    {
        if (stem.IndexOf('ի', 1) < 0)
        {
            return stem;
        }

        var reduced = stem[0] + stem[1..].Replace("ի", "", StringComparison.Ordinal);
        return reduced.Length >= MinStem - 1 ? reduced : stem;
    }

    private static bool IsArmenian(string word) => word[0] is >= '\u0531' and <= '\u058F';
}
