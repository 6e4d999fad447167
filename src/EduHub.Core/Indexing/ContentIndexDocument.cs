namespace EduHub.Core.Indexing;

/// <summary>
/// What one content item contributes to search, without any search engine's vocabulary: the title
/// (boosted), free text (analysed per culture) and keywords (exact values for filters and facets).
/// </summary>
public sealed class ContentIndexDocument(string contentItemId, string contentType)
{
    private readonly List<IndexedText> _texts = [];
    private readonly List<IndexedKeyword> _keywords = [];

    public string ContentItemId { get; } = contentItemId;

    public string ContentType { get; } = contentType;

    public string? DisplayText { get; set; }

    /// <summary>"hy", "ru", "en" or null when the item has no culture.</summary>
    public string? Culture { get; set; }

    public string? Owner { get; set; }

    public bool Published { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public IReadOnlyList<IndexedText> Texts => _texts;

    public IReadOnlyList<IndexedKeyword> Keywords => _keywords;

    /// <summary>Free text under a name (e.g. <c>Platform.Summary</c>); <paramref name="isTitle"/> boosts it.</summary>
    public void AddText(string name, string? text, bool isTitle = false)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _texts.Add(new IndexedText(name, text.Trim(), isTitle));
        }
    }

    /// <summary>HTML as text (tags, scripts and styles removed).</summary>
    public void AddHtml(string name, string? html) => AddText(name, HtmlText.Extract(html));

    /// <summary>An exact value for filtering and facets (e.g. <c>region</c> → a term id).</summary>
    public void AddKeyword(string name, string? value, string? label = null)
    {
        if (!string.IsNullOrWhiteSpace(value) && !_keywords.Exists(k => k.Name == name && k.Value == value))
        {
            _keywords.Add(new IndexedKeyword(name, value, label));
        }
    }
}
