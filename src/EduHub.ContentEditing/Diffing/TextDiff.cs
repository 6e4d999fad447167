using System.Globalization;

namespace EduHub.ContentEditing.Diffing;

/// <summary>
/// A word-level diff: the texts are cut into words, runs of white space and single punctuation marks, and the
/// longest common subsequence of those tokens is kept. Very long texts that share little are shown as replaced.
/// </summary>
public static class TextDiff
{
    /// <summary>Above this many token pairs the quadratic table is not worth it: the changed middle is shown as replaced.</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffSegment> Compare(string? oldText, string? newText)
    {
        var a = Tokenize(oldText ?? "");
        var b = Tokenize(newText ?? "");
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var segments = new List<DiffSegment>();
        Append(segments, DiffSegmentKind.Same, a.Take(prefix));
        var oldMiddle = a.Skip(prefix).Take(a.Count - prefix - suffix).ToList();
        var newMiddle = b.Skip(prefix).Take(b.Count - prefix - suffix).ToList();
        if ((long)oldMiddle.Count * newMiddle.Count > MaxCells)
        {
            Append(segments, DiffSegmentKind.Removed, oldMiddle);
            Append(segments, DiffSegmentKind.Added, newMiddle);
        }
        else
        {
            Lcs(segments, oldMiddle, newMiddle);
        }

        Append(segments, DiffSegmentKind.Same, a.Skip(a.Count - suffix));
        return Regroup(segments);
    }

    /// <summary>Words (letters, digits, marks), runs of white space, and every other character on its own.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var kind = Kind(text[i]);
            i++;
            if (kind != 0)
            {
                while (i < text.Length && Kind(text[i]) == kind)
                {
                    i++;
                }
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    // 1 = word character, 2 = white space, 0 = anything else (a token of its own).
    private static int Kind(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            ? 1
            : char.IsWhiteSpace(c) ? 2 : 0;

    private static void Lcs(List<DiffSegment> segments, List<string> a, List<string> b)
    {
        // lengths[i, j] = length of the LCS of a[i..] and b[j..]
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                Append(segments, DiffSegmentKind.Same, [a[x++]]);
                y++;
            }
            else if (x < a.Count && (y == b.Count || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                Append(segments, DiffSegmentKind.Removed, [a[x++]]);
            }
            else
            {
                Append(segments, DiffSegmentKind.Added, [b[y++]]);
            }
        }
    }

    /// <summary>
    /// Reads as phrases: white space kept between two changes joins them, and each stretch of changes becomes one
    /// removed run followed by one added run ("the quick" → "a slow", not "the" → "a", "quick" → "slow").
    /// </summary>
    private static List<DiffSegment> Regroup(List<DiffSegment> segments)
    {
        var result = new List<DiffSegment>();
        var i = 0;
        while (i < segments.Count)
        {
            if (segments[i].Kind == DiffSegmentKind.Same)
            {
                result.Add(segments[i++]);
                continue;
            }

            var removed = new System.Text.StringBuilder();
            var added = new System.Text.StringBuilder();
            while (i < segments.Count)
            {
                var segment = segments[i];
                var joining = segment.Kind == DiffSegmentKind.Same && string.IsNullOrWhiteSpace(segment.Text) && i + 1 < segments.Count;
                if (segment.Kind == DiffSegmentKind.Same && !joining)
                {
                    break;
                }

                if (segment.Kind != DiffSegmentKind.Added)
                {
                    removed.Append(segment.Text);
                }

                if (segment.Kind != DiffSegmentKind.Removed)
                {
                    added.Append(segment.Text);
                }

                i++;
            }

            if (removed.Length > 0)
            {
                result.Add(new DiffSegment(DiffSegmentKind.Removed, removed.ToString()));
            }

            if (added.Length > 0)
            {
                result.Add(new DiffSegment(DiffSegmentKind.Added, added.ToString()));
            }
        }

        return result;
    }

    /// <summary>Adds text to the last segment when it is of the same kind, so removed and added runs read as phrases.</summary>
    private static void Append(List<DiffSegment> segments, DiffSegmentKind kind, IEnumerable<string> tokens)
    {
        var text = string.Concat(tokens);
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
