using System.Text;

namespace EduHub.Core.Data;

/// <summary>
/// Folds text for case-insensitive matching in the index tables, the same on SQLite and PostgreSQL
/// (SQLite's lower() only knows ASCII). Armenian needs more than lower-casing: «և» has no capital and
/// is written «եւ», «ԵՒ» or «ԵՎ», so all spellings fold to «եվ»; the in-word marks ՛ ՜ ՞ ՟ are dropped.
/// </summary>
public static class TextFolding
{
    public const int MaxIndexedLength = 1000;

    public static string? Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var lowered = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(lowered.Length + 4);
        for (var i = 0; i < lowered.Length; i++)
        {
            var c = lowered[i];
            switch (c)
            {
                case '\u0587':
                    builder.Append("եվ");
                    break;
                case 'ւ' when i > 0 && lowered[i - 1] == 'ե':
                    builder.Append('վ');
                    break;
                case '\u055B' or '\u055C' or '\u055E' or '\u055F':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return Truncate(builder.ToString());
    }

    /// <summary>Cuts at <see cref="MaxIndexedLength"/> without splitting a surrogate pair (PostgreSQL refuses half a character).</summary>
    public static string? Truncate(string? text)
    {
        if (text is not { Length: > MaxIndexedLength })
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxIndexedLength - 1]) ? MaxIndexedLength - 1 : MaxIndexedLength;
        return text[..cut];
    }
}
