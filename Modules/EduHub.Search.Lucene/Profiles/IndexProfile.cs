namespace EduHub.Search.Lucene.Profiles;

/// <summary>
/// One search index, as data (Orchard Core's Lucene index settings): which types, which culture ("any" for
/// all), the analyzer, whether drafts (latest versions) or only published versions are indexed, and
/// whether named fields keep their text (for <c>/api/lucene/documents</c>).
/// </summary>
public sealed record IndexProfile(
    string Name,
    IReadOnlyList<string> ContentTypes,
    string Culture = "any",
    string AnalyzerName = "armenian",
    bool IndexLatest = false,
    bool StoreSourceData = false)
{
    /// <summary>Changes when anything that shapes the documents changes: such a change rebuilds the index.</summary>
    public string Fingerprint => $"v2|{Analysis.CommonWords.Fingerprint}|{string.Join(',', ContentTypes.Order(StringComparer.Ordinal))}|{Culture}|{AnalyzerName}|{IndexLatest}|{StoreSourceData}";

    public bool Includes(string contentType, string? culture) =>
        ContentTypes.Contains(contentType) && (Culture is "any" or "" || string.Equals(Culture, culture, StringComparison.OrdinalIgnoreCase));
}
