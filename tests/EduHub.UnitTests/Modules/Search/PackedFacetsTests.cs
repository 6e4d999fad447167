using System.Globalization;
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
/// Facet counts from the packed word per document (<see cref="PackedFacets"/>) and, for a dimension that does not fit
/// in it, from its ordinal arrays: the same counts as reading every hit's doc values, across segments, more hits than
/// one counting buffer, and documents without a value.
/// </summary>
public sealed class PackedFacetsTests : IDisposable
{
    private const int Items = 700;
    private readonly RAMDirectory _directory = new();

    public PackedFacetsTests()
    {
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField) { MaxBufferedDocs = 300 });
        for (var i = 0; i < Items; i++)
        {
            var document = new ContentIndexDocument($"item{i:D3}", i % 3 == 0 ? "School" : "Platform") { Culture = "hy", DisplayText = $"item {i}", Published = true };
            document.AddText("Platform.Summary", i % 5 == 0 ? "online lessons" : "դպրոց online");

            // Every 7th item has no region: counted nowhere, not as the first region.
            if (i % 7 != 0)
            {
                document.AddKeyword("region", $"region{i % 11:D2}", $"Region {i % 11}");
            }

            // 70 subjects, up to three per item: too many for the 64-bit word, counted from the ordinal arrays.
            for (var s = 0; s < 1 + (i % 3); s++)
            {
                document.AddKeyword("subject", $"subject{(i + (s * 23)) % 70:D2}");
            }

            for (var grade = 1 + (i % 4); grade <= 12; grade += 1 + (i % 3))
            {
                document.AddKeyword("grade", grade.ToString(CultureInfo.InvariantCulture));
            }

            writer.AddDocument(LuceneDocumentMapper.Map(document, "hy", storeSource: false));
        }

        writer.Commit();
    }

    [Fact]
    public void Dimensions_that_fit_are_packed_and_the_others_are_not()
    {
        using var reader = DirectoryReader.Open(_directory);
        Assert.True(reader.Leaves.Count > 1);
        foreach (var leaf in reader.Leaves)
        {
            var packed = PackedFacets.For(leaf.AtomicReader);
            Assert.Equal(leaf.AtomicReader.MaxDoc, packed.Words.Length);
            Assert.Equal(false, packed.SlotOf("region")?.IsMulti);
            Assert.Equal(true, packed.SlotOf("grade")?.IsMulti);
            Assert.Null(packed.SlotOf("subject"));
            Assert.Null(packed.SlotOf("no-such-facet"));
            Assert.Same(packed, PackedFacets.For(leaf.AtomicReader));
        }
    }

    [Theory]
    [InlineData("online")]
    [InlineData("դպրոց")]
    public void Counts_equal_every_hits_doc_values(string text)
    {
        using var reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(reader);
        var parsed = TextQuery.Build(UserQueryParser.Parse(text), SearchFields.Cultures, reader);
        var filter = new BooleanQuery { { new TermQuery(new Term(SearchFields.Published, "true")), Occur.MUST } };
        var response = SearchService.Execute(searcher, parsed.Query, filter, parsed.Highlight, SearchFields.Cultures, SearchFields.Facets, 0, 10, 1);

        var hits = searcher.Search(SearchService.Combine(parsed.Query, filter), Items).ScoreDocs.Select(d => d.Doc).ToList();
        Assert.True(hits.Count > FacetCollector.BufferSize);
        Assert.Equal(hits.Count, response.Total);
        foreach (var facet in SearchFields.Facets)
        {
            var expected = hits.SelectMany(doc => SearchTestDocuments.FacetValues(reader, facet, doc)).GroupBy(v => v).Select(g => (g.Key, g.Count())).Order();
            Assert.Equal(expected, response.Facets[facet].Select(v => (v.Value, v.Count)).Order());
        }

        Assert.NotEmpty(response.Facets["subject"]);
        Assert.True(response.Facets["region"].Sum(v => v.Count) < hits.Count);
    }

    public void Dispose() => _directory.Dispose();
}
