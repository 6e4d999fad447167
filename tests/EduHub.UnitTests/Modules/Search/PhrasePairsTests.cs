using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EduHub.UnitTests.Modules.Search;

/// <summary>
/// Quoted phrases are filtered on indexed pairs of common words and on their other words: the pairs follow the fields'
/// analysis (folding, case, stems), only pairs of two common words are indexed, and the filter changes neither which
/// documents match nor their scores.
/// </summary>
public sealed class PhrasePairsTests : IDisposable
{
    private static readonly string[] Phrases =
    [
        "\"pilot lessons\"", "\"distance pilot lessons\"", "\"parent guide\"", "\"parents guides\"", "\"platform distance\"",
        "\"Երեւանի թիվ\"", "\"ԵՐԵՎԱՆԻ ԹԻՎ 187\"", "\"դպրոցներում համացանցի\"", "\"уроки для школьников\"", "\"guide for parents\"",
        "\"lessons pilot\"", "\"pilot\"", "pilot \"regional schools\"", "schools -\"pilot lessons\"", "\"distance learning\"",
        "\"online distance learning\"", "\"learning distance\"", "\"distance learning platform\"", "\"Distance Learnings\"",
        "\"schools online\"", "\"дистанционное обучение\"", "\"հեռավար ուսուցում\"", "\"learning\"",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public PhrasePairsTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField)))
        {
            Add(writer, "hy1", "hy", "Երևանի թիվ 187 հիմնական դպրոց", "Դպրոցներում համացանցի անվտանգությունը");
            Add(writer, "en1", "en", "Providername9c4658 platform", "Distance pilot lessons with regional schools. Online distance learning");
            Add(writer, "en4", "en", "Distance learning platform", "Schools online: distance-learnings and learning at a distance");
            Add(writer, "hy2", "hy", "Հեռավար ուսուցում", "Դպրոցներ առցանց");
            Add(writer, "ru2", "ru", "Дистанционное обучение", "Уроки онлайн");
            Add(writer, "en2", "en", "Parents' guides", "A guide for parents on pilot lessons and lessons pilot");
            Add(writer, "en3", "en", "Pilot schools", "Regional schools pilot lessons at a distance");
            Add(writer, "ru1", "ru", "Школа в Гюмри", "Уроки для школьников");
        }

        _reader = DirectoryReader.Open(_directory);
    }

    [Fact]
    public void Pairs_of_common_words_are_indexed_folded_and_lower_cased()
    {
        var document = Map("hy", "Երևանի Թիվ 187 Դպրոց", "ԴՊՐՈՑՆԵՐՈՒՄ Համացանցի");
        var folded = Map("hy", "երեւանի թիվ 187 դպրոց", "դպրոցներում համացանցի");

        var pairs = document.GetValues(SearchFields.Pairs);
        Assert.Equal(folded.GetValues(SearchFields.Pairs).Order(), pairs.Order());
        Assert.Equal(folded.GetValues(SearchFields.StemPairs("hy")).Order(), document.GetValues(SearchFields.StemPairs("hy")).Order());
        Assert.Contains(SearchFields.Pair(Plain("ԴՊՐՈՑՆԵՐՈՒՄ"), Plain("Համացանցի")), pairs);
        Assert.Equal(SearchAnalyzers.Plain.Terms("Երևանի"), SearchAnalyzers.Plain.Terms("ԵՐԵՒԱՆԻ"));

        // The title's last word and the next text's first word are side by side in the text field.
        Assert.Contains(SearchFields.Pair(Plain("Դպրոց"), Plain("ԴՊՐՈՑՆԵՐՈՒՄ")), pairs);
    }

    [Fact]
    public void Pairs_with_a_word_that_is_not_common_are_not_indexed()
    {
        var document = Map("en", "Pilot distance learning", "Gyumri school 187");

        Assert.Equal([WordPairs.Marker, "distance learning"], document.GetValues(SearchFields.Pairs).Order(StringComparer.Ordinal));
        Assert.Equal(["distanc learn"], document.GetValues(SearchFields.StemPairs("en")));
    }

    [Fact]
    public void A_phrase_with_a_word_that_is_not_common_requires_that_word_instead_of_a_pair()
    {
        var printed = Print("\"pilot lessons\"");

        Assert.DoesNotContain("pairs:", printed, StringComparison.Ordinal);
        Assert.Contains("text:pilot title:pilot", printed, StringComparison.Ordinal);
        Assert.Contains("pairs:distance learning", Print("\"distance learning\""), StringComparison.Ordinal);
        Assert.Contains("pairs.en:distanc learn", Print("\"distance learning\""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stop_word_leaves_no_pair_across_it()
    {
        var pairs = Map("en", "Guide for parents", "").GetValues(SearchFields.Pairs);

        Assert.DoesNotContain("guide parents", pairs);
        Assert.Equal([WordPairs.Marker], pairs);
    }

    [Fact]
    public void Phrases_find_the_same_documents_with_the_same_scores_as_without_the_pair_filter()
    {
        var searcher = new IndexSearcher(_reader);
        foreach (var phrase in Phrases)
        {
            var query = TextQuery.Build(UserQueryParser.Parse(phrase), SearchFields.Cultures).Query;
            var unfiltered = WithoutPairFilter(query);

            var with = InOrder(searcher, query);
            var without = InOrder(searcher, unfiltered);

            Assert.True(without.SequenceEqual(with), $"{phrase}: {string.Join(",", with)} vs {string.Join(",", without)} {query}");
        }

        Assert.Contains(Phrases, p => !Equals(TextQuery.Build(UserQueryParser.Parse(p), SearchFields.Cultures).Query, WithoutPairFilter(TextQuery.Build(UserQueryParser.Parse(p), SearchFields.Cultures).Query)));
    }

    [Theory]
    [InlineData("\"parent guide\"", "en2")]
    [InlineData("\"platform distance\"", "en1")]
    [InlineData("\"Երեւանի թիվ\"", "hy1")]
    [InlineData("\"online distance learning\"", "en1")]
    [InlineData("\"distance learning platform\"", "en4")]
    [InlineData("\"distance learnings\"", "en4")]
    [InlineData("\"հեռավար ուսուցում\"", "hy2")]
    [InlineData("\"дистанционное обучение\"", "ru2")]
    public void A_phrase_found_only_through_stems_or_across_texts_is_still_found(string phrase, string? expected)
    {
        var searcher = new IndexSearcher(_reader);
        var query = TextQuery.Build(UserQueryParser.Parse(phrase), SearchFields.Cultures).Query;

        var found = searcher.Search(query, 10).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)).ToList();

        if (expected is null)
        {
            Assert.Empty(found);
        }
        else
        {
            Assert.Contains(expected, found);
        }
    }

    [Fact]
    public void An_index_written_before_pairs_still_answers_phrases_until_its_rebuild()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField)))
        {
            var document = Map("en", "Providername9c4658 platform", "Online distance learning with regional schools");
            document.RemoveFields(SearchFields.Pairs);
            document.RemoveFields(SearchFields.StemPairs("en"));
            writer.AddDocument(document);
        }

        using var reader = DirectoryReader.Open(directory);
        var query = TextQuery.Build(UserQueryParser.Parse("\"distance learning\""), SearchFields.Cultures, reader).Query;

        Assert.Equal(1, new IndexSearcher(reader).Search(query, 10).TotalHits);
        Assert.DoesNotContain("pairs", query.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_without_any_pair_of_common_words_still_filters_phrases()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField)))
        {
            writer.AddDocument(Map("en", "Pilot Gyumri", "Regional pilot"));
        }

        using var reader = DirectoryReader.Open(directory);
        var query = TextQuery.Build(UserQueryParser.Parse("\"distance learning\""), SearchFields.Cultures, reader).Query;

        Assert.Contains("pairs:distance learning", query.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, new IndexSearcher(reader).Search(query, 10).TotalHits);
        Assert.Equal(1, new IndexSearcher(reader).Search(TextQuery.Build(UserQueryParser.Parse("\"regional pilot\""), SearchFields.Cultures, reader).Query, 10).TotalHits);
    }

    [Fact]
    public void The_stem_only_phrase_has_no_plain_pair()
    {
        Assert.DoesNotContain("parent guide", Map("en", "Parents' guides", "").GetValues(SearchFields.Pairs));
        Assert.Contains("parent guid", Map("en", "Parents' guides", "").GetValues(SearchFields.StemPairs("en")));
    }

    [Fact]
    public void Single_words_and_excluded_phrases_are_not_filtered()
    {
        Assert.Equal(Print("\"pilot\""), Print(WithoutPairFilter(TextQuery.Build(UserQueryParser.Parse("\"pilot\""), SearchFields.Cultures).Query)));
        Assert.DoesNotContain("pairs", Print("schools -\"pilot lessons\""), StringComparison.Ordinal);
        Assert.Equal(Print("\"learning\""), Print(WithoutPairFilter(TextQuery.Build(UserQueryParser.Parse("\"learning\""), SearchFields.Cultures).Query)));
        Assert.DoesNotContain("pairs", Print("schools -\"distance learning\""), StringComparison.Ordinal);
    }

    /// <summary>
    /// Scored in document order, as the service scores (its access filter is a required clause): a lone disjunction
    /// may otherwise be scored out of order, summing its clauses in another order (a difference in the last bit).
    /// </summary>
    private static List<(int Doc, float Score)> InOrder(IndexSearcher searcher, Query query)
    {
        var top = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
        searcher.Search(query, top);
        return top.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
    }

    private static string Plain(string word) => SearchAnalyzers.Plain.Terms(word)[0];

    private static string Print(string text) => TextQuery.Build(UserQueryParser.Parse(text), SearchFields.Cultures).Query.ToString();

    private static string Print(Query query) => query.ToString();

    /// <summary>The query as it was before the filter: each filtered phrase replaced by its scoring clauses.</summary>
    private static Query WithoutPairFilter(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        if (boolean.Clauses.Count == 2 && boolean.Clauses[1].Query is ConstantScoreQuery && boolean.Clauses[1].Occur == Occur.MUST)
        {
            return boolean.Clauses[0].Query;
        }

        var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            copy.Add(WithoutPairFilter(clause.Query), clause.Occur);
        }

        return copy;
    }

    private static Lucene.Net.Documents.Document Map(string culture, string title, string body) => SearchTestDocuments.Platform("x", culture, title, body);

    private static void Add(IndexWriter writer, string id, string culture, string title, string body) =>
        writer.AddDocument(SearchTestDocuments.Platform(id, culture, title, body));

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
