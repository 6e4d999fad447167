using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EduHub.UnitTests.Modules.Search;

/// <summary>The search box's query over a small in-memory index built with the real field mapping.</summary>
public sealed class TextQueryTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public TextQueryTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField)))
        {
            Add(writer, "hy1", "hy", "Երևանի թիվ 187 հիմնական դպրոց", "Դպրոցներում համացանցի անվտանգությունը");
            Add(writer, "en1", "en", "Providername9c4658 platform", "Distance pilot lessons with regional schools");
            Add(writer, "ru1", "ru", "Школа в Гюмри", "Уроки для школьников");
        }

        _reader = DirectoryReader.Open(_directory);
    }

    [Theory]
    [InlineData("Providername9c4658", "en1")]
    [InlineData("providername", "en1")]
    [InlineData("Providernam9c4658", "en1")]
    [InlineData("դպրոցներ", "hy1")]
    [InlineData("համացանցում", "hy1")]
    [InlineData("Yerevan", "hy1")]
    [InlineData("Gyumri", "ru1")]
    [InlineData("школы", "ru1")]
    [InlineData("\"pilot lessons\"", "en1")]
    [InlineData("школ*", "ru1")]
    public void Finds(string query, string expected) => Assert.Contains(expected, Search(query));

    [Theory]
    [InlineData("\"lessons pilot\"")]
    [InlineData("platform -Providername9c4658")]
    public void Does_not_find(string query) => Assert.DoesNotContain("en1", Search(query));

    private List<string> Search(string text)
    {
        var query = TextQuery.Build(UserQueryParser.Parse(text), SearchFields.Cultures).Query;
        var searcher = new IndexSearcher(_reader);
        return searcher.Search(query, 10).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)).ToList();
    }

    private static void Add(IndexWriter writer, string id, string culture, string title, string body) =>
        writer.AddDocument(SearchTestDocuments.Platform(id, culture, title, body));

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
