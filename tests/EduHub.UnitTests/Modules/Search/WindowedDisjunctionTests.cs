using EduHub.Core.Indexing;
using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EduHub.UnitTests.Modules.Search;

/// <summary>
/// <see cref="FieldsDisjunctionQuery"/> (scored by <see cref="WindowedDisjunctionScorer"/>) against a plain
/// <see cref="BooleanQuery"/> with the same clauses (scored by Lucene's BooleanScorer): the same hits with
/// bit-identical scores, over several segments and windows, with deletions, with a filter applied as accepted
/// documents (<see cref="AcceptedDocsFilterStrategy"/>) and without; Lucene's own scorers where the window does not apply
/// (other queries stay on Lucene's in-order scoring under the filter).
/// </summary>
public sealed class WindowedDisjunctionTests : IDisposable
{
    private const int Items = 5_000;
    private readonly RAMDirectory _directory = new();

    public WindowedDisjunctionTests()
    {
        string[] words = ["դպրոց", "դպրոցներում", "school", "schools", "lesson", "online"];
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField) { MaxBufferedDocs = 1_500 });
        var random = new Random(11);
        for (var i = 0; i < Items; i++)
        {
            var title = string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => words[random.Next(words.Length)]));
            var body = string.Join(' ', Enumerable.Range(0, 3 + random.Next(40)).Select(_ => random.Next(4) == 0 ? words[random.Next(words.Length)] : "x" + random.Next(500)));
            var document = new ContentIndexDocument($"item{i:D4}", i % 4 == 0 ? "School" : "Platform") { Culture = i % 2 == 0 ? "hy" : "en", DisplayText = title, Published = i % 9 != 0 };
            document.AddText("DisplayText", title, isTitle: true);
            document.AddText("Platform.Summary", body);
            writer.AddDocument(LuceneDocumentMapper.Map(document, "hy", storeSource: false));
        }

        writer.DeleteDocuments(new Term(SearchFields.Id, "item0007"), new Term(SearchFields.Id, "item2049"), new Term(SearchFields.Id, "item4100"));
        writer.Commit();
    }

    [Theory]
    [InlineData("դպրոցներում")]
    [InlineData("school")]
    [InlineData("online lesson")]
    [InlineData("schol")]
    public void Same_hits_and_scores_as_Lucenes_boolean_scorer(string text)
    {
        using var reader = DirectoryReader.Open(_directory);
        Assert.True(reader.Leaves.Count > 1);
        var searcher = new IndexSearcher(reader);
        var ours = TextQuery.Build(UserQueryParser.Parse(text), SearchFields.Cultures, reader).Query;
        var plain = Plain(ours);
        var published = CachedFilters.For(new TermQuery(new Term(SearchFields.Published, "true")));
        foreach (var filtered in new[] { false, true })
        {
            var expected = Top(searcher, filtered ? new FilteredQuery(plain, published, LuceneBulkScoring.Instance) : plain);
            var actual = Top(searcher, filtered ? new FilteredQuery(ours, published, AcceptedDocsFilterStrategy.Instance) : ours);
            Assert.True(expected.TotalHits > 2_048, $"{expected.TotalHits} hits");
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
    }

    [Fact]
    public void Other_queries_keep_Lucenes_in_order_scoring_under_the_filter()
    {
        using var reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(reader);
        var plain = Plain(TextQuery.Build(UserQueryParser.Parse("school"), SearchFields.Cultures, reader).Query);
        var filtered = new FilteredQuery(plain, CachedFilters.For(new TermQuery(new Term(SearchFields.Published, "true"))), AcceptedDocsFilterStrategy.Instance);
        var leaf = reader.Leaves[0];
        var bulk = searcher.CreateNormalizedWeight(filtered).GetBulkScorer(leaf, scoreDocsInOrder: false, leaf.AtomicReader.LiveDocs);
        Assert.Equal("DefaultBulkScorer", bulk.GetType().Name);
    }

    [Fact]
    public void A_filter_applied_as_accepted_documents_keeps_only_its_documents()
    {
        using var reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(reader);
        var word = TextQuery.Build(UserQueryParser.Parse("school"), SearchFields.Cultures, reader).Query;
        var schools = new TermQuery(new Term(SearchFields.Type, "School"));
        var expected = searcher.Search(new BooleanQuery { { word, Occur.MUST }, { schools, Occur.MUST } }, Items);
        var actual = searcher.Search(new FilteredQuery(word, CachedFilters.For(schools), AcceptedDocsFilterStrategy.Instance), Items);
        Assert.Equal(expected.ScoreDocs.Select(d => d.Doc).Order(), actual.ScoreDocs.Select(d => d.Doc).Order());
        Assert.All(actual.ScoreDocs, d => Assert.Equal("School", searcher.Doc(d.Doc).Get(SearchFields.Type)));
    }

    [Fact]
    public void Scoring_up_to_a_document_and_then_on_misses_nothing()
    {
        using var reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(reader);
        var word = TextQuery.Build(UserQueryParser.Parse("online"), SearchFields.Cultures, reader).Query;
        var weight = searcher.CreateNormalizedWeight(word);
        var leaf = reader.Leaves[0];
        var collected = new List<int>();
        var collector = new ListCollector(collected);
        var bulk = weight.GetBulkScorer(leaf, scoreDocsInOrder: false, leaf.AtomicReader.LiveDocs);
        Assert.IsType<WindowedDisjunctionScorer>(bulk);
        Assert.True(bulk.Score(collector, 700));
        Assert.All(collected, doc => Assert.True(doc < 700));
        var before = collected.Count;
        Assert.False(bulk.Score(collector, int.MaxValue));
        Assert.True(collected.Count > before);

        var all = new List<int>();
        weight.GetBulkScorer(leaf, scoreDocsInOrder: false, leaf.AtomicReader.LiveDocs).Score(new ListCollector(all));
        Assert.Equal(all, collected);
    }

    [Fact]
    public void Lucenes_scorers_where_the_window_does_not_apply()
    {
        using var reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(reader);
        var leaf = reader.Leaves[0];
        var word = TextQuery.Build(UserQueryParser.Parse("online"), SearchFields.Cultures, reader).Query;
        Assert.IsNotType<WindowedDisjunctionScorer>(searcher.CreateNormalizedWeight(word).GetBulkScorer(leaf, scoreDocsInOrder: true, null));

        var withRequired = new FieldsDisjunctionQuery
        {
            { new TermQuery(new Term(SearchFields.Text, "online")), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Text, "school")), Occur.SHOULD },
        };
        Assert.IsNotType<WindowedDisjunctionScorer>(searcher.CreateNormalizedWeight(withRequired).GetBulkScorer(leaf, scoreDocsInOrder: false, null));
        var plain = new BooleanQuery { { new TermQuery(new Term(SearchFields.Text, "online")), Occur.MUST }, { new TermQuery(new Term(SearchFields.Text, "school")), Occur.SHOULD } };
        Assert.Equal(Top(searcher, plain).ScoreDocs.Select(d => (d.Doc, d.Score)), Top(searcher, withRequired).ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    /// <summary>The same query with every FieldsDisjunctionQuery replaced by a plain BooleanQuery.</summary>
    private static Query Plain(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var plain = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            plain.Add(Plain(clause.Query), clause.Occur);
        }

        return plain;
    }

    private static TopDocs Top(IndexSearcher searcher, Query query)
    {
        var top = TopScoreDocCollector.Create(Items, docsScoredInOrder: false);
        searcher.Search(query, top);
        return top.GetTopDocs();
    }

    /// <summary>Lucene's bulk scorer for every query, with the filter's bits as accepted documents: the expected side.</summary>
    private sealed class LuceneBulkScoring : FilteredQuery.RandomAccessFilterStrategy
    {
        public static LuceneBulkScoring Instance { get; } = new();

        public override BulkScorer FilteredBulkScorer(AtomicReaderContext context, Weight weight, bool scoreDocsInOrder, DocIdSet docIdSet) =>
            weight.GetBulkScorer(context, scoreDocsInOrder, docIdSet.Bits);
    }

    private sealed class ListCollector(List<int> docs) : ICollector
    {
        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc) => docs.Add(doc);
    }

    public void Dispose() => _directory.Dispose();
}
