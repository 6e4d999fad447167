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

    public static IReadOnlyList<string> Snippets(string? text, HighlightTerms terms, IReadOnlyList<string> cultures)
    {
        if (string.IsNullOrEmpty(text) || terms.IsEmpty)
        {
            return [];
        }

        var source = text.Length > MaxAnalyzed ? text[..MaxAnalyzed] : text;
        var matches = new List<(int Start, int End)>();
        var scope = string.Join(',', cultures) + "|";
        using (var stream = SearchAnalyzers.Plain.GetTokenStream("h", source))
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
                    matches.Add((offset.StartOffset, offset.EndOffset));
                    if (matches.Count >= MaxMatches)
                    {
                        break;
                    }
                }
            }

            stream.End();
        }

        return Build(source, matches);
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
