using EduHub.Core.Contents.Text;

namespace EduHub.UnitTests.Core.Contents.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Երևան", "yerevan")]
    [InlineData("Երեւան", "yerevan")]
    [InlineData("ԵՐԵՎԱՆ", "yerevan")]
    public void Generate_YerevanInAnyArmenianSpelling_IsYerevan(string text, string expected) =>
        Assert.Equal(expected, Slug.Generate(text));

    [Fact]
    public void Generate_ArmenianWordStartingWithVo_StartsWithVo() =>
        Assert.Equal("voskehat", Slug.Generate("Ոսկեհատ"));

    [Fact]
    public void Generate_ArmenianOInsideWord_IsPlainO() =>
        Assert.Equal("goris", Slug.Generate("Գորիս"));

    [Fact]
    public void Generate_ArmenianYeInsideWord_IsPlainE() =>
        Assert.Equal("meghradzor", Slug.Generate("Մեղրաձոր"));

    [Theory]
    [InlineData("Գյումրի", "gyumri")]
    [InlineData("Ուսուցիչ", "usutsich")]
    public void Generate_ArmenianDigraphOu_IsU(string text, string expected) =>
        Assert.Equal(expected, Slug.Generate(text));

    [Theory]
    [InlineData("Սևան", "sevan")]
    [InlineData("Ես և դու", "yes-ev-du")]
    public void Generate_ArmenianEchYiwn_IsEv(string text, string expected) =>
        Assert.Equal(expected, Slug.Generate(text));

    [Fact]
    public void Generate_InWordQuestionMark_DoesNotSplitTheWord() =>
        Assert.Equal("inchpes-pashtpanel", Slug.Generate("Ինչպե՞ս պաշտպանել"));

    [Theory]
    [InlineData("Ереван", "erevan")]
    [InlineData("Щёлково", "shchelkovo")]
    [InlineData("Объявление", "obyavlenie")]
    [InlineData("ЮЖНЫЙ", "yuzhnyy")]
    public void Generate_Russian_TransliteratesToLatin(string text, string expected) =>
        Assert.Equal(expected, Slug.Generate(text));

    [Fact]
    public void Generate_MixedScriptsAndPunctuation_JoinsWordsWithSingleHyphens() =>
        Assert.Equal("dprots-no-5-shkola-5-gyumri", Slug.Generate("Դպրոց No. 5 — Школа №5 (Gyumri)"));

    [Fact]
    public void Generate_LeadingAndTrailingPunctuation_IsTrimmed() =>
        Assert.Equal("hello-world", Slug.Generate("  --Hello, World!--  "));

    [Fact]
    public void Generate_LatinWithDiacritics_KeepsTheBaseLetters() =>
        Assert.Equal("lycee-francais", Slug.Generate("Lycée français"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("?!… «» ։")]
    public void Generate_NothingUsable_IsEmpty(string? text) =>
        Assert.Equal("", Slug.Generate(text));

    [Fact]
    public void Generate_LongText_IsCutAtMaxLength() =>
        Assert.Equal(Slug.MaxLength, Slug.Generate(new string('a', 300)).Length);

    [Fact]
    public void Generate_TransliterationLongerThanMax_IsCutAtMaxLength() =>
        Assert.Equal(string.Concat(Enumerable.Repeat("shch", 30)), Slug.Generate(new string('щ', 40)));

    [Fact]
    public void Generate_CutFallingOnHyphen_DoesNotEndWithHyphen() =>
        Assert.Equal(new string('a', Slug.MaxLength - 1), Slug.Generate(new string('a', Slug.MaxLength - 1) + " bcd"));

    [Fact]
    public void NormalizePath_EachSegment_IsSlugified() =>
        Assert.Equal("schools/gyumri-no-5", Slug.NormalizePath("Schools/Գյումրի No 5"));

    [Fact]
    public void NormalizePath_EmptySegmentsAndOuterSlashes_AreDropped() =>
        Assert.Equal("news/2020", Slug.NormalizePath("/news//2020/"));

    [Fact]
    public void NormalizePath_ParentSegments_AreDropped() =>
        Assert.Equal("admin", Slug.NormalizePath("../../admin"));

    [Fact]
    public void NormalizePath_OnlySlashesAndSpaces_IsEmpty() =>
        Assert.Equal("", Slug.NormalizePath(" / / "));
}
