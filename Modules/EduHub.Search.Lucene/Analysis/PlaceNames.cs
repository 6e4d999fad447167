using EduHub.Core.Data;

namespace EduHub.Search.Lucene.Analysis;

/// <summary>
/// Yerevan and the region capitals under every spelling people type (Armenian, Russian, English and common
/// transliterations, domain.md §1 and §5): each becomes one canonical token, so «Ереван», «Erevan» and
/// «Երևանում» find the same items. Armenian forms are compared after light stemming (case endings).
/// </summary>
internal static class PlaceNames
{
    private static readonly string[][] Groups =
    [
        ["yerevan", "erevan", "ереван", "Երևան"],
        ["gyumri", "giumri", "gumri", "гюмри", "Գյումրի"],
        ["vanadzor", "ванадзор", "Վանաձոր"],
        ["ashtarak", "аштарак", "Աշտարակ"],
        ["artashat", "арташат", "Արտաշատ"],
        ["armavir", "армавир", "Արմավիր"],
        ["gavar", "гавар", "Գավառ"],
        ["hrazdan", "razdan", "раздан", "грздан", "Հրազդան"],
        ["kapan", "капан", "Կապան"],
        ["ijevan", "idjevan", "иджеван", "Իջևան"],
        ["yeghegnadzor", "eghegnadzor", "ехегнадзор", "Եղեգնաձոր"],
    ];

    private static readonly Dictionary<string, string> Canonical = Build();

    private static readonly HashSet<string> CanonicalTokens = new(Groups.Select(g => g[0]), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="token"/> is the canonical token of a place (what every spelling of it becomes).</summary>
    public static bool IsCanonical(string token) => CanonicalTokens.Contains(token);

    /// <summary>The canonical token for a folded, lower-cased word, or null.</summary>
    public static string? Find(string word)
    {
        if (Canonical.TryGetValue(word, out var canonical))
        {
            return canonical;
        }

        return word.Length > 0 && word[0] is >= '\u0531' and <= '\u058F' && Canonical.TryGetValue(ArmenianLightStemmer.Stem(word), out canonical) ? canonical : null;
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var key = group[0];
            foreach (var spelling in group)
            {
                var folded = TextFolding.Fold(spelling)!;
                map[folded] = key;
                if (folded[0] is >= 'а' and <= 'я')
                {
                    // Russian declension of the consonant-final names: в Ереване, из Еревана, Ереваном.
                    foreach (var ending in new[] { "а", "е", "у", "ом" })
                    {
                        if (!folded.EndsWith('и'))
                        {
                            map[folded + ending] = key;
                        }
                    }
                }
                else if (folded[0] is >= '\u0561' and <= '\u0587')
                {
                    map[ArmenianLightStemmer.Stem(folded)] = key;
                }
            }
        }

        return map;
    }
}
