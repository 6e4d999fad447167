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
/// <see cref="SearchService.Execute"/> (cached filter bit sets, facets from cached per-segment ordinals, out-of-order
/// scoring) against the plain formulation: the same hits in the same order and the same facet counts, over several
/// segments with deletions and a filter that changes between searches.
/// </summary>
public sealed class SearchExecuteTests : IDisposable
{
    private static readonly string[] Types = ["Platform", "School", "SafetyGuide"];
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;

    public SearchExecuteTests()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField) { MaxBufferedDocs = 7 });
        for (var i = 0; i < 60; i++)
        {
            var document = new ContentIndexDocument($"item{i:D3}", Types[i % 3]) { Culture = i % 2 == 0 ? "hy" : "en", DisplayText = $"item {i}", Published = i % 5 != 0 };
            document.AddText("DisplayText", $"դպրոց platform {i}", isTitle: true);
            document.AddText("Platform.Summary", string.Join(' ', Enumerable.Repeat(i % 4 == 0 ? "դպրոցներում school" : "online lessons", 1 + (i % 3))));
            document.AddKeyword("region", $"region{i % 4}", $"Region {i % 4}");
            for (var grade = 1 + (i % 3); grade <= 12; grade += 1 + (i % 5))
            {
                document.AddKeyword("grade", grade.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            _writer.AddDocument(LuceneDocumentMapper.Map(document, "hy", storeSource: false));
        }

        _writer.Commit();
    }

    [Theory]
    [InlineData("դպրոցներում")]
    [InlineData("platform")]
    [InlineData("online -school")]
    [InlineData("")]
    public void Same_hits_and_facets_as_the_plain_formulation(string text)
    {
        for (var round = 0; round < 2; round++)
        {
            using var reader = DirectoryReader.Open(_directory);
            var searcher = new IndexSearcher(reader);
            foreach (var filter in new[] { Filter(Types), Filter(["School"]), Filter(Types, "region1") })
            {
                var parsed = TextQuery.Build(UserQueryParser.Parse(text), SearchFields.Cultures, reader);
                var response = SearchService.Execute(searcher, parsed.Query, filter, parsed.Highlight, SearchFields.Cultures, SearchFields.Facets, 0, 100, 1);

                var plain = searcher.Search(SearchService.Combine(parsed.Query, filter), 100);
                Assert.Equal(plain.TotalHits, response.Total);
                Assert.Equal(plain.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)), response.Hits.Select(h => h.ContentItemId));
                foreach (var facet in SearchFields.Facets)
                {
                    var expected = plain.ScoreDocs.Select(d => d.Doc).SelectMany(doc => SearchTestDocuments.FacetValues(reader, facet, doc)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
                    Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), response.Facets[facet].Select(v => KeyValuePair.Create(v.Value, v.Count)).OrderBy(e => e.Key, StringComparer.Ordinal));
                }
            }

            // Second round: deletions and a new segment; cached bit sets and ordinals must follow.
            _writer.DeleteDocuments(new Term(SearchFields.Id, "item004"), new Term(SearchFields.Id, "item013"), new Term(SearchFields.Id, "item041"));
            _writer.UpdateDocument(new Term(SearchFields.Id, "item008"), LuceneDocumentMapper.Map(new ContentIndexDocument("item008", "School") { Culture = "hy", DisplayText = "moved", Published = true }, "hy", storeSource: false));
            _writer.Commit();
        }
    }

    [Fact]
    public void Only_the_requested_facets_are_counted()
    {
        using var reader = DirectoryReader.Open(_directory);
        var parsed = TextQuery.Build(UserQueryParser.Parse("platform"), SearchFields.Cultures, reader);
        var response = SearchService.Execute(new IndexSearcher(reader), parsed.Query, Filter(Types), parsed.Highlight, SearchFields.Cultures, ["grade"], 0, 10, 1);
        Assert.Equal(["grade"], response.Facets.Keys);
        Assert.Empty(SearchService.Execute(new IndexSearcher(reader), parsed.Query, Filter(Types), parsed.Highlight, SearchFields.Cultures, [], 0, 10, 1).Facets);
    }

    private static BooleanQuery Filter(string[] types, string? region = null)
    {
        var any = new BooleanQuery();
        foreach (var type in types)
        {
            any.Add(new TermQuery(new Term(SearchFields.Type, type)), Occur.SHOULD);
        }

        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Published, "true")), Occur.MUST },
            { any, Occur.MUST },
        };
        if (region is not null)
        {
            filter.Add(new TermQuery(new Term(SearchFields.Keyword("region"), region)), Occur.MUST);
        }

        return filter;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
    }
}
