namespace EduHub.Search.Lucene.Querying;

/// <summary>What the query looked for, in the forms the highlighter compares words with.</summary>
internal sealed class HighlightTerms
{
    public HashSet<string> Plain { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Words already judged during this request (highlighting 20 hits meets the same words again and again).</summary>
    public Dictionary<string, bool> Judged { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Plain.Count == 0 && Stems.Count == 0 && Prefixes.Count == 0;
}
