using System.Text;

namespace EduHub.Core.Contents.Text;

/// <summary>Lower-case Armenian (reformed orthography, common romanization) and Russian to Latin.</summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string> Map = new()
    {
        ['ա'] = "a", ['բ'] = "b", ['գ'] = "g", ['դ'] = "d", ['ե'] = "e", ['զ'] = "z", ['է'] = "e", ['ը'] = "y",
        ['թ'] = "t", ['ժ'] = "zh", ['ի'] = "i", ['լ'] = "l", ['խ'] = "kh", ['ծ'] = "ts", ['կ'] = "k", ['հ'] = "h",
        ['ձ'] = "dz", ['ղ'] = "gh", ['ճ'] = "ch", ['մ'] = "m", ['յ'] = "y", ['ն'] = "n", ['շ'] = "sh", ['ո'] = "o",
        ['չ'] = "ch", ['պ'] = "p", ['ջ'] = "j", ['ռ'] = "r", ['ս'] = "s", ['վ'] = "v", ['տ'] = "t", ['ր'] = "r",
        ['ց'] = "ts", ['ւ'] = "v", ['փ'] = "p", ['ք'] = "k", ['օ'] = "o", ['ֆ'] = "f", ['և'] = "ev",
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['і'] = "i", ['ї'] = "yi", ['є'] = "ye", ['ґ'] = "g",
    };

    public static string ToLatin(string lower)
    {
        var builder = new StringBuilder(lower.Length + 8);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var atWordStart = i == 0 || !char.IsLetter(lower[i - 1]);
            if (c is '\u055B' or '\u055C' or '\u055E' or '\u055F')
            {
                // Armenian emphasis, exclamation and question marks sit inside words: «Ինչպե՞ս» is one word.
                continue;
            }

            if (c == 'ո' && i + 1 < lower.Length && lower[i + 1] == 'ւ')
            {
                builder.Append('u');
                i++;
            }
            else if (c == 'ե' && atWordStart)
            {
                builder.Append("ye");
            }
            else if (c == 'ո' && atWordStart)
            {
                builder.Append("vo");
            }
            else
            {
                builder.Append(Map.TryGetValue(c, out var latin) ? latin : c.ToString());
            }
        }

        return builder.ToString();
    }
}
