namespace EduHub.Search.Lucene.Analysis;

internal enum AnalyzerKind
{
    /// <summary>Folded and lower-cased words, stop words of every language removed; no stemming.</summary>
    Plain,

    /// <summary>Plain words cut into leading n-grams at index time (search-as-you-type, prefixes).</summary>
    Prefix,

    Armenian,
    Russian,
    English,
}
