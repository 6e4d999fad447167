using EduHub.Core.Indexing;
using EduHub.Search.Lucene.Indexing;

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
}
