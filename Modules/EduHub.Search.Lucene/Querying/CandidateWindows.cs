using System.Buffers;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// The parts of a text worth analysing for highlights: around each occurrence of a needle (see
/// <see cref="HighlightTerms.Needles"/>), from the whitespace before it to the whitespace after it. Words never span
/// whitespace, so the words of a window are exactly the words the whole text has there, and a word outside every
/// window cannot match. Needles are looked for in the text as the Armenian character filter and lower-casing leave
/// it. The lower-cased and folded copies live in pooled buffers: they were two to four strings the size of the
/// text per hit, 20 hits per search, garbage the moment the windows are known.
/// </summary>
internal static class CandidateWindows
{
    /// <summary>Characters the Armenian character filter maps (besides «եւ»): «և», the in-word marks, the ligatures.</summary>
    private static readonly SearchValues<char> Mapped = SearchValues.Create("\u0587\u055B\u055C\u055E\u055F\uFB13\uFB14\uFB15\uFB16\uFB17");

    /// <summary>Windows over <c>text[..length]</c> in order; null (analyse everything) when there are no needles to rely on.</summary>
    public static List<(int From, int To)>? Find(string text, int length, string[] needles)
    {
        if (needles.Length == 0)
        {
            return null;
        }

        var lower = ArrayPool<char>.Shared.Rent(length);
        char[]? folded = null;
        int[]? raw = null;
        try
        {
            if (text.AsSpan(0, length).ToLowerInvariant(lower) != length)
            {
                return null;
            }

            ReadOnlySpan<char> haystack;
            if (lower.AsSpan(0, length).IndexOfAny(Mapped) < 0)
            {
                // Only «եւ» → «եվ» can apply, which keeps every position.
                for (var i = 1; i < length; i++)
                {
                    if (lower[i] == 'ւ' && lower[i - 1] == 'ե')
                    {
                        lower[i] = 'վ';
                    }
                }

                haystack = lower.AsSpan(0, length);
            }
            else
            {
                // A mapped character becomes at most two.
                folded = ArrayPool<char>.Shared.Rent(2 * length);
                raw = ArrayPool<int>.Shared.Rent(2 * length);
                haystack = folded.AsSpan(0, Fold(lower.AsSpan(0, length), folded, raw));
            }

            var hits = new List<int>();
            foreach (var needle in needles)
            {
                for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0;)
                {
                    hits.Add(raw is null ? at : raw[at]);
                    var next = haystack[(at + 1)..].IndexOf(needle, StringComparison.Ordinal);
                    at = next < 0 ? -1 : at + 1 + next;
                }
            }

            hits.Sort();
            return Merge(text, length, hits);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lower);
            if (folded is not null)
            {
                ArrayPool<char>.Shared.Return(folded);
                ArrayPool<int>.Shared.Return(raw!);
            }
        }
    }

    /// <summary>Each hit widened to its whitespace-bounded word(s); overlapping or touching windows merged.</summary>
    private static List<(int From, int To)> Merge(string text, int length, List<int> hits)
    {
        var windows = new List<(int From, int To)>();
        foreach (var at in hits)
        {
            if (windows.Count > 0 && at < windows[^1].To)
            {
                continue;
            }

            var from = at;
            while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
            {
                from--;
            }

            var to = at;
            while (to < length && !char.IsWhiteSpace(text[to]))
            {
                to++;
            }

            if (windows.Count > 0 && from <= windows[^1].To)
            {
                windows[^1] = (windows[^1].From, to);
            }
            else
            {
                windows.Add((from, to));
            }
        }

        return windows;
    }

    /// <summary>
    /// The lower-cased text as the Armenian character filter leaves it («եւ» and «և» → «եվ», in-word marks removed,
    /// ligatures spelled out) into <paramref name="folded"/>, with the raw position of each folded character; returns the folded length.
    /// </summary>
    private static int Fold(ReadOnlySpan<char> lower, char[] folded, int[] raw)
    {
        var n = 0;
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var replacement = c switch
            {
                '\u0587' => "եվ",
                '\u055B' or '\u055C' or '\u055E' or '\u055F' => "",
                '\uFB13' => "մն",
                '\uFB14' => "մե",
                '\uFB15' => "մի",
                '\uFB16' => "վն",
                '\uFB17' => "մխ",
                'ւ' when i > 0 && lower[i - 1] == 'ե' => "վ",
                _ => null,
            };
            if (replacement is null)
            {
                folded[n] = c;
                raw[n++] = i;
                continue;
            }

            foreach (var r in replacement)
            {
                folded[n] = r;
                raw[n++] = i;
            }
        }

        return n;
    }
}
