using EduHub.Core.Indexing;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Profiles;
using EduHub.Search.Lucene.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduHub.UnitTests.Modules.Search;

/// <summary>
/// A full rebuild ends with one segment (every query pays per segment); the worker's commits do not merge down;
/// searches find the same documents with the same scores on the merged index as on the many small segments.
/// </summary>
public sealed class LuceneIndexRebuildTests : IDisposable
{
    private static readonly string[] Phrases = ["\"distance learning\"", "\"pilot lessons\"", "\"դպրոցներում համացանց\"", "\"уроки для школьников\"", "learning", "դպրոց*"];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eduhub-rebuild-" + Guid.NewGuid().ToString("n"));

    [Fact]
    public void A_rebuild_leaves_one_segment_with_every_document()
    {
        using var index = Open();
        index.DeleteAll();
        AddItems(index, 60);

        index.CommitRebuild(cursor: 5, definitionsVersion: 1);

        Assert.Equal(1, index.Search(s => s.IndexReader.Leaves.Count));
        Assert.Equal(60, index.Search(s => s.IndexReader.NumDocs));
        Assert.Equal(5, index.Cursor);
    }

    [Fact]
    public void The_workers_commits_do_not_merge_down()
    {
        using var index = Open();
        AddItems(index, 60);

        index.Commit(cursor: 5, definitionsVersion: 1);

        Assert.True(index.Search(s => s.IndexReader.Leaves.Count) > 1);
    }

    [Fact]
    public void Phrases_and_words_find_the_same_documents_with_the_same_scores_after_the_merge()
    {
        using var index = Open();
        AddItems(index, 60);
        index.Commit(cursor: 5, definitionsVersion: 1);
        var before = Phrases.Select(p => Search(index, p)).ToList();
        Assert.True(index.Search(s => s.IndexReader.Leaves.Count) > 1);

        index.CommitRebuild(cursor: 5, definitionsVersion: 1);

        Assert.Equal(1, index.Search(s => s.IndexReader.Leaves.Count));
        var after = Phrases.Select(p => Search(index, p)).ToList();
        Assert.All(before, b => Assert.NotEmpty(b));
        Assert.Equal(before, after);
    }

    private LuceneIndex Open()
    {
        // Flushes every 7 documents, so that 60 documents make several segments as a large rebuild does.
        var config = SearchIndexWriterSettings.Create(OpenMode.CREATE_OR_APPEND);
        config.MaxBufferedDocs = 7;
        return LuceneIndex.Open(new IndexProfile("public", ["Platform"]), _folder, config);
    }

    private static void AddItems(LuceneIndex index, int count)
    {
        string[] bodies = ["Distance learning and pilot lessons", "Դպրոցներում համացանցի անվտանգությունը", "Уроки для школьников", "learning distance, lessons pilot"];
        for (var i = 0; i < count; i++)
        {
            var culture = (i % 4) switch { 1 => "hy", 2 => "ru", _ => "en" };
            var document = new ContentIndexDocument($"item{i:D3}", "Platform") { Culture = culture, DisplayText = $"item {i}", Published = true };
            document.AddText("DisplayText", i % 9 == 0 ? "Distance learning platform" : $"item {i}", isTitle: true);
            document.AddText("Platform.Summary", string.Join(' ', Enumerable.Repeat(bodies[i % 4], 1 + (i % 3))));
            index.Add(LuceneDocumentMapper.Map(document, "hy", storeSource: false));
        }
    }

    // Ids with their scores, in id order: ties may come back in another document order after a merge.
    private static List<string> Search(LuceneIndex index, string text)
    {
        var query = TextQuery.Build(UserQueryParser.Parse(text), SearchFields.Cultures).Query;
        return index.Search(searcher => searcher.Search(query, 100).ScoreDocs
            .Select(d => $"{searcher.Doc(d.Doc).Get(SearchFields.Id)} {d.Score:R}")
            .Order(StringComparer.Ordinal)
            .ToList());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
