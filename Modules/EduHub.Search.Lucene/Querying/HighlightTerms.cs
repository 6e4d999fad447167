using EduHub.Search.Lucene.Analysis;

namespace EduHub.Search.Lucene.Querying;

/// <summary>What the query looked for, in the forms the highlighter compares words with.</summary>
internal sealed class HighlightTerms
{
    private readonly Dictionary<string, Dictionary<string, bool>> _judged = new(StringComparer.Ordinal);
    private string[]? _needles;

    public HashSet<string> Plain { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Words already judged during this request for these cultures (highlighting 20 hits meets the same words again
    /// and again). One dictionary per culture scope, so that a word is its own key: the highlighter looks it up by
    /// the token's characters without making a string of it.
    /// </summary>
    public Dictionary<string, bool> JudgedFor(IReadOnlyList<string> cultures)
    {
        var scope = cultures.Count == 1 ? cultures[0] : string.Join(',', cultures);
        if (!_judged.TryGetValue(scope, out var judged))
        {
            _judged[scope] = judged = new Dictionary<string, bool>(StringComparer.Ordinal);
        }

        return judged;
    }

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
