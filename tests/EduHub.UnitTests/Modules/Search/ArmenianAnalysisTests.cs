using EduHub.Search.Lucene.Analysis;

namespace EduHub.UnitTests.Modules.Search;

/// <summary>The cases of domain.md §5 (where Lucene's own ArmenianAnalyzer fails), plus our own.</summary>
public sealed class ArmenianAnalysisTests
{
    private static readonly SearchAnalyzer Armenian = new(AnalyzerKind.Armenian);
    private static readonly SearchAnalyzer Plain = new(AnalyzerKind.Plain);
    private static readonly SearchAnalyzer Prefix = new(AnalyzerKind.Prefix);

    [Theory]
    [InlineData("Երևան", "Երեւան")]
    [InlineData("Երևան", "ԵՐԵՎԱՆ")]
    [InlineData("Երևան", "ԵՐԵՒԱՆ")]
    [InlineData("Երևան", "Երեվան")]
    public void Spellings_of_yev_are_one_term_in_the_plain_and_stemmed_fields(string a, string b)
    {
        Assert.Equal(Plain.Terms(a), Plain.Terms(b));
        Assert.Equal(Armenian.Terms(a), Armenian.Terms(b));
        Assert.Equal(["երեվան"], Plain.Terms(a));
    }

    [Theory]
    [InlineData("Գևորգ")]
    [InlineData("Գեւորգ")]
    [InlineData("ԳԵՎՈՐԳ")]
    [InlineData("ԳԵՒՈՐԳ")]
    public void Yev_folds_inside_any_word(string spelling) =>
        Assert.Equal(["գեվորգ"], Plain.Terms(spelling));

    [Theory]
    [InlineData("դպրոցներ")]
    [InlineData("դպրոցների")]
    [InlineData("դպրոցներում")]
    [InlineData("դպրոցի")]
    [InlineData("Դպրոցը")]
    [InlineData("դպրոցով")]
    [InlineData("դպրոցից")]
    public void Plural_and_case_forms_of_school_meet_the_base_form(string form) =>
        Assert.Equal(Armenian.Terms("դպրոց"), Armenian.Terms(form));

    [Fact]
    public void Teacher_with_stem_vowel_alternation_is_one_term() =>
        Assert.Equal(Armenian.Terms("ուսուցիչ"), Armenian.Terms("ուսուցչի"));

    [Fact]
    public void Internet_is_not_over_stemmed_and_meets_its_locative() =>
        Assert.Equal(["համացանց"], Armenian.Terms("համացանցում"));

    [Fact]
    public void Internet_base_form_stays_whole() =>
        Assert.Equal(["համացանց"], Armenian.Terms("համացանց"));

    [Theory]
    [InlineData("Ինչպե՞ս")]
    [InlineData("Ինչպե՛ս")]
    [InlineData("Ինչպե՜ս")]
    [InlineData("Ինչպե՟ս")]
    public void Question_and_emphasis_marks_inside_a_word_keep_it_one_word(string spelling)
    {
        Assert.Equal(["ինչպես"], Plain.Terms(spelling));
        Assert.Equal(Armenian.Terms("Ինչպես"), Armenian.Terms(spelling));
    }

    [Fact]
    public void Lori_irregular_genitive_meets_the_nominative() =>
        Assert.Equal(Armenian.Terms("Լոռի"), Armenian.Terms("Լոռու"));

    [Theory]
    [InlineData("և")]
    [InlineData("եւ")]
    [InlineData("Եւ")]
    [InlineData("ԵՒ")]
    [InlineData("ԵՎ")]
    [InlineData("Եվ")]
    [InlineData("ու")]
    public void Every_spelling_of_and_is_a_stop_word(string and)
    {
        Assert.Empty(Armenian.Terms(and));
        Assert.Empty(Plain.Terms(and));
    }

    [Fact]
    public void School_and_parent_keeps_only_the_nouns() =>
        Assert.Equal(Armenian.Terms("դպրոց ծնող"), Armenian.Terms("դպրոց եւ ծնող"));

    [Fact]
    public void Abstract_nouns_in_the_genitive_meet_the_nominative() =>
        Assert.Equal(Armenian.Terms("անվտանգություն"), Armenian.Terms("անվտանգության"));

    [Fact]
    public void Ligatures_are_spelled_out() =>
        Assert.Equal(Plain.Terms("մեծ"), Plain.Terms("\uFB14ծ"));

    [Theory]
    [InlineData("Yerevan")]
    [InlineData("Erevan")]
    [InlineData("Ереван")]
    [InlineData("Երևան")]
    [InlineData("Երեւանում")]
    [InlineData("Երևանի")]
    public void Yerevan_in_every_script_is_one_term(string spelling) =>
        Assert.Equal(["yerevan"], Armenian.Terms(spelling));

    [Theory]
    [InlineData("ru", "в Ереване")]
    [InlineData("en", "in Yerevan")]
    [InlineData("hy", "Երևանում")]
    public void Yerevan_inflected_in_each_culture_is_the_canonical_term(string culture, string text) =>
        Assert.Equal(["yerevan"], new SearchAnalyzer(culture switch { "ru" => AnalyzerKind.Russian, "en" => AnalyzerKind.English, _ => AnalyzerKind.Armenian }).Terms(text));

    [Theory]
    [InlineData("Gyumri")]
    [InlineData("Гюмри")]
    [InlineData("Գյումրի")]
    [InlineData("Գյումրիում")]
    [InlineData("Vanadzor")]
    [InlineData("Ванадзор")]
    [InlineData("Վանաձոր")]
    public void Region_capitals_are_recognised_in_every_script(string spelling)
    {
        var term = Assert.Single(Armenian.Terms(spelling));
        Assert.True(term is "gyumri" or "vanadzor", term);
    }

    [Fact]
    public void Prefix_field_holds_the_beginnings_of_words() =>
        Assert.Contains("մաթ", Prefix.Terms("Մաթեմատիկա"));

    [Fact]
    public void Russian_forms_meet_through_lucenes_russian_stemmer()
    {
        var russian = new SearchAnalyzer(AnalyzerKind.Russian);
        Assert.Equal(russian.Terms("школа"), russian.Terms("школы"));
    }

    [Fact]
    public void English_plurals_meet_through_lucenes_english_stemmer()
    {
        var english = new SearchAnalyzer(AnalyzerKind.English);
        Assert.Equal(english.Terms("platform"), english.Terms("platforms"));
    }

    [Fact]
    public void Latin_and_cyrillic_words_pass_the_armenian_chain_unchanged() =>
        Assert.Equal(["moodle", "школа"], Armenian.Terms("Moodle школа"));
}
