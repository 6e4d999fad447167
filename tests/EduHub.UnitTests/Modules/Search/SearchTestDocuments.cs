using EduHub.Core.Indexing;
using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace EduHub.UnitTests.Modules.Search;

/// <summary>Documents for tests that write a small index by hand: a platform with a title and a summary, mapped as the index maps it.</summary>
internal static class SearchTestDocuments
{
    public static Lucene.Net.Documents.Document Platform(string id, string culture, string title, string body)
    {
        var document = new ContentIndexDocument(id, "Platform") { Culture = culture, DisplayText = title, Published = true };
        document.AddText("DisplayText", title, isTitle: true);
        document.AddText("Platform.Summary", body);
        return LuceneDocumentMapper.Map(document, "hy", storeSource: false);
    }

    /// <summary>A document's facet values read from its doc values directly (the expected side of facet tests).</summary>
    public static IEnumerable<string> FacetValues(DirectoryReader reader, string facet, int doc)
    {
        var values = MultiDocValues.GetSortedSetValues(reader, SearchFields.Facet(facet));
        if (values is null)
        {
            yield break;
        }

        values.SetDocument(doc);
        var bytes = new BytesRef();
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ord, bytes);
            var value = bytes.Utf8ToString();
            var separator = value.IndexOf(SearchFields.LabelSeparator, StringComparison.Ordinal);
            yield return separator < 0 ? value : value[..separator];
        }
    }
}
