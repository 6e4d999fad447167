using System.Net;
using System.Text;
using EduHub.Search.Lucene.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// Marks the words of a stored text that the query matched (same folding, stemming and prefixes as the
/// search), as HTML-escaped snippets with &lt;em&gt; around the matches.
/// </summary>
internal static class Highlighter
{
    private const int MaxAnalyzed = 3000;
    private const int Context = 60;
    private const int MaxSnippets = 2;
    private const int MaxMatches = 8;

    /// <summary>Characters the Armenian character filter maps (besides «եւ»): «և», the in-word marks, the ligatures.</summary>
    private static readonly System.Buffers.SearchValues<char> Mapped = System.Buffers.SearchValues.Create("\u0587\u055B\u055C\u055E\u055F\uFB13\uFB14\uFB15\uFB16\uFB17");

    /// <param name="analyseAll">Analyse the whole text instead of the windows around candidate words (the reference the tests compare with).</param>
    public static IReadOnlyList<string> Snippets(string? text, HighlightTerms terms, IReadOnlyList<string> cultures, bool analyseAll = false)
    {
        if (string.IsNullOrEmpty(text) || terms.IsEmpty)
        {
            return [];
        }

        var source = text.Length > MaxAnalyzed ? text[..MaxAnalyzed] : text;
        var matches = new List<(int Start, int End)>();
        var scope = string.Join(',', cultures) + "|";
        if (!analyseAll && Windows(source, terms) is { } windows)
        {
            foreach (var (from, to) in windows)
            {
                if (Analyse(source, from, to, terms, cultures, scope, matches))
                {
                    break;
                }
            }
        }
        else
        {
            Analyse(source, 0, source.Length, terms, cultures, scope, matches);
        }

        return Build(source, matches);
    }

    /// <summary>
    /// The parts of the text worth analysing: around each occurrence of a needle (see <see cref="HighlightTerms.Needles"/>),
    /// from the whitespace before it to the whitespace after it. Words never span whitespace, so the words of a
    /// window are exactly the words the whole text has there, and a word outside every window cannot match.
    /// Needles are looked for in the text as the Armenian character filter and lower-casing leave it (see <see cref="Fold"/>).
    /// Null (analyse everything) when a needle cannot be relied on (place names) or lower-casing changes the length.
    /// </summary>
    private static List<(int From, int To)>? Windows(string source, HighlightTerms terms)
    {
        var needles = terms.Needles;
        if (needles.Length == 0)
        {
            return null;
        }

        var lower = source.ToLowerInvariant();
        if (lower.Length != source.Length)
        {
            return null;
        }

        var (folded, raw) = Fold(lower);
        var hits = new List<int>();
        foreach (var needle in needles)
        {
            for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                hits.Add(raw is null ? at : raw[at]);
            }
        }

        hits.Sort();
        var windows = new List<(int From, int To)>();
        foreach (var at in hits)
        {
            if (windows.Count > 0 && at < windows[^1].To)
            {
                continue;
            }

            var from = at;
            while (from > 0 && !char.IsWhiteSpace(source[from - 1]))
            {
                from--;
            }

            var to = at;
            while (to < source.Length && !char.IsWhiteSpace(source[to]))
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
    /// The lower-cased text as the Armenian character filter leaves it («եւ» and «և» → «եվ», in-word marks
    /// removed, ligatures spelled out), with the raw position of each folded character (null: the same positions).
    /// </summary>
    private static (string Folded, int[]? Raw) Fold(string lower)
    {
        if (lower.AsSpan().IndexOfAny(Mapped) < 0)
        {
            // «եւ» → «եվ» keeps every position.
            return (lower.Contains("եւ", StringComparison.Ordinal) ? lower.Replace("եւ", "եվ", StringComparison.Ordinal) : lower, null);
        }

        var folded = new StringBuilder(lower.Length + 16);
        var raw = new List<int>(lower.Length + 16);
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
                folded.Append(c);
                raw.Add(i);
                continue;
            }

            foreach (var r in replacement)
            {
                folded.Append(r);
                raw.Add(i);
            }
        }

        return (folded.ToString(), raw.ToArray());
    }

    /// <summary>Adds the matching words of <c>source[from..to]</c>; true once <see cref="MaxMatches"/> are found.</summary>
    private static bool Analyse(string source, int from, int to, HighlightTerms terms, IReadOnlyList<string> cultures, string scope, List<(int Start, int End)> matches)
    {
        using (var stream = SearchAnalyzers.Plain.GetTokenStream("h", new StringReader(from == 0 && to == source.Length ? source : source[from..to])))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var word = term.ToString();
                if (!terms.Judged.TryGetValue(scope + word, out var matched))
                {
                    matched = Matches(word, terms, cultures);
                    terms.Judged[scope + word] = matched;
                }

                if (matched)
                {
                    matches.Add((from + offset.StartOffset, from + offset.EndOffset));
                    if (matches.Count >= MaxMatches)
                    {
                        return true;
                    }
                }
            }

            stream.End();
        }

        return false;
    }

    private static bool Matches(string word, HighlightTerms terms, IReadOnlyList<string> cultures)
    {
        if (terms.Plain.Contains(word) || terms.Prefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        if (terms.Stems.Count == 0)
        {
            return false;
        }

        if (PlaceNames.Find(word) is { } place)
        {
            return terms.Stems.Contains(place);
        }

        // Stems are (nearly) prefixes of their words: analyse only words that start like one of them.
        return terms.Stems.Any(s => word.StartsWith(s.Length > 3 ? s[..3] : s, StringComparison.Ordinal))
            && cultures.Any(c => SearchAnalyzers.ForCulture(c).Terms(word).Any(terms.Stems.Contains));
    }

    private static List<string> Build(string text, List<(int Start, int End)> matches)
    {
        var snippets = new List<string>();
        var i = 0;
        while (i < matches.Count && snippets.Count < MaxSnippets)
        {
            var from = Math.Max(0, matches[i].Start - Context);
            var to = Math.Min(text.Length, matches[i].End + Context);
            var builder = new StringBuilder();
            if (from > 0)
            {
                builder.Append('…');
            }

            var position = from;
            while (i < matches.Count && matches[i].Start < to)
            {
                var (start, end) = matches[i];
                builder.Append(WebUtility.HtmlEncode(text[position..start])).Append("<em>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</em>");
                position = end;
                to = Math.Min(text.Length, Math.Max(to, end + Context / 2));
                i++;
            }

            builder.Append(WebUtility.HtmlEncode(text[position..to]));
            if (to < text.Length)
            {
                builder.Append('…');
            }

            snippets.Add(builder.ToString());
        }

        return snippets;
    }
}
