using System.Text;
using EduHub.Core.Data;
using EduHub.Core.Indexing;
using EduHub.Search.Lucene.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>Turns the neutral <see cref="ContentIndexDocument"/> into Lucene fields.</summary>
internal static class LuceneDocumentMapper
{
    private const int MaxStoredBody = 8000;

    public static Document Map(ContentIndexDocument source, string defaultCulture, bool storeSource)
    {
        var culture = source.Culture is { } c && SearchFields.Cultures.Contains(c) ? c : defaultCulture;
        var document = new Document
        {
            new StringField(SearchFields.Id, source.ContentItemId, Field.Store.YES),
            new StringField(SearchFields.Type, source.ContentType, Field.Store.YES),
            new SortedSetDocValuesField(SearchFields.Facet("contentType"), new BytesRef(source.ContentType)),
            new StringField(SearchFields.Culture, source.Culture ?? "", Field.Store.YES),
            new StringField(SearchFields.Owner, source.Owner ?? "", Field.Store.NO),
            new StringField(SearchFields.Published, source.Published ? "true" : "false", Field.Store.YES),
            new StoredField(SearchFields.DisplayText, source.DisplayText ?? ""),
            new SortedDocValuesField(SearchFields.SortDisplayText, new BytesRef(TextFolding.Fold(source.DisplayText) ?? "")),
            new NumericDocValuesField(SearchFields.SortModified, source.ModifiedUtc?.Ticks ?? 0),
        };

        var body = new StringBuilder();
        var titles = new List<string>();
        foreach (var text in source.Texts)
        {
            if (text.IsTitle)
            {
                document.Add(new TextField(SearchFields.Title, text.Text, Field.Store.NO));
                document.Add(new TextField(SearchFields.Suggest, text.Text, Field.Store.NO));
                titles.Add(text.Text);
            }
            else if (body.Length < MaxStoredBody)
            {
                body.Append(body.Length > 0 ? " · " : "").Append(text.Text);
            }

            document.Add(new TextField(SearchFields.Text, text.Text, Field.Store.NO));
            document.Add(new TextField(SearchFields.Prefix, text.Text, Field.Store.NO));
            document.Add(new TextField(SearchFields.Stem(culture), text.Text, Field.Store.NO));
            document.Add(new TextField(text.Name, text.Text, storeSource ? Field.Store.YES : Field.Store.NO));
        }

        AddPairs(document, source, culture, titles);
        document.Add(new StoredField(SearchFields.Body, body.Length > MaxStoredBody ? body.ToString(0, MaxStoredBody) : body.ToString()));
        foreach (var keyword in source.Keywords)
        {
            document.Add(new StringField(SearchFields.Keyword(keyword.Name), keyword.Value, Field.Store.YES));
            document.Add(new SortedSetDocValuesField(SearchFields.Facet(keyword.Name), new BytesRef(keyword.Value + SearchFields.LabelSeparator + (keyword.Label ?? keyword.Value))));
        }

        return document;
    }

    /// <summary>
    /// Common-word pairs of the plain text (which holds the titles too; the titles' own boundaries added, as the title
    /// field puts them side by side) and of the culture's stemmed text: what a quoted phrase of common words filters on.
    /// </summary>
    private static void AddPairs(Document document, ContentIndexDocument source, string culture, List<string> titles)
    {
        var texts = source.Texts.Select(t => t.Text).ToList();

        // Every document says that it was written with pairs, even one without any: a segment holding none of them would
        // otherwise look like one written before pairs existed, and turn the filter off (PairFilter.Require).
        document.Add(new StringField(SearchFields.Pairs, WordPairs.Marker, Field.Store.NO));
        WordPairs.Add(document, SearchFields.Pairs, SearchAnalyzers.Plain, CommonWords.Plain, texts, titles.Count > 1 ? titles : []);
        WordPairs.Add(document, SearchFields.StemPairs(culture), SearchAnalyzers.ForCulture(culture), CommonWords.Stems(culture), texts);
    }
}
