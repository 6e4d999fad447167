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

    /// <param name="analyseAll">Analyse the whole text instead of the windows around candidate words (the reference the tests compare with).</param>
    public static IReadOnlyList<string> Snippets(string? text, HighlightTerms terms, IReadOnlyList<string> cultures, bool analyseAll = false)
    {
        if (string.IsNullOrEmpty(text) || terms.IsEmpty)
        {
            return [];
        }

        // Only the first MaxAnalyzed characters are looked at; bounded by length rather than copied.
        var length = Math.Min(text.Length, MaxAnalyzed);
        var matches = new List<(int Start, int End)>();
        var judged = terms.JudgedFor(cultures);
        if (!analyseAll && CandidateWindows.Find(text, length, terms.Needles) is { } windows)
        {
            foreach (var (from, to) in windows)
            {
                if (Analyse(text, from, to, terms, cultures, judged, matches))
                {
                    break;
                }
            }
        }
        else
        {
            Analyse(text, 0, length, terms, cultures, judged, matches);
        }

        return Build(text, length, matches);
    }

    /// <summary>Adds the matching words of <c>text[from..to]</c>; true once <see cref="MaxMatches"/> are found.</summary>
    private static bool Analyse(string text, int from, int to, HighlightTerms terms, IReadOnlyList<string> cultures, Dictionary<string, bool> judged, List<(int Start, int End)> matches)
    {
        // Words already judged are looked up by the term's characters: no string per token.
        var lookup = judged.GetAlternateLookup<ReadOnlySpan<char>>();
        using (var stream = SearchAnalyzers.Plain.GetTokenStream("h", new StringReader(from == 0 && to == text.Length ? text : text[from..to])))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (!lookup.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var matched))
                {
                    var word = term.ToString();
                    matched = Matches(word, terms, cultures);
                    judged[word] = matched;
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

    /// <summary>Snippets of <c>text[..length]</c> (what was analysed): an ellipsis marks text cut at either end.</summary>
    private static List<string> Build(string text, int length, List<(int Start, int End)> matches)
    {
        var snippets = new List<string>();
        var i = 0;
        while (i < matches.Count && snippets.Count < MaxSnippets)
        {
            var from = Math.Max(0, matches[i].Start - Context);
            var to = Math.Min(length, matches[i].End + Context);
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
                to = Math.Min(length, Math.Max(to, end + Context / 2));
                i++;
            }

            builder.Append(WebUtility.HtmlEncode(text[position..to]));
            if (to < length)
            {
                builder.Append('…');
            }

            snippets.Add(builder.ToString());
        }

        return snippets;
    }
}
