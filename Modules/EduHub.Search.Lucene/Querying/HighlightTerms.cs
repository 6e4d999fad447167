using EduHub.Search.Lucene.Analysis;

namespace EduHub.Search.Lucene.Querying;

/// <summary>What the query looked for, in the forms the highlighter compares words with.</summary>
internal sealed class HighlightTerms
{
    private string[]? _needles;

    public HashSet<string> Plain { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Words already judged during this request (highlighting 20 hits meets the same words again and again).</summary>
    public Dictionary<string, bool> Judged { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Plain.Count == 0 && Stems.Count == 0 && Prefixes.Count == 0;

    /// <summary>
    /// Strings every matching word starts with (lower-cased): the plain words, the prefixes and the first three
    /// letters of each stem (the highlighter's own rule for stems). A text without any of them has no match.
    /// Empty when that does not hold: a place name matches its spellings in other scripts, which share no letters.
    /// </summary>
    public string[] Needles => _needles ??= BuildNeedles();

    private string[] BuildNeedles()
    {
        var needles = Plain.Concat(Prefixes).Concat(Stems.Select(s => s.Length > 3 ? s[..3] : s)).Distinct(StringComparer.Ordinal).ToArray();
        return Stems.Any(PlaceNames.IsCanonical) || needles.Any(n => n.Length == 0) ? [] : needles;
    }
}
