using EduHub.Core.Contents.Text;

namespace EduHub.UnitTests.Core.Contents.Text;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("երևան", "yerevan")]
    [InlineData("ոսկեհատ", "voskehat")]
    [InlineData("ու", "u")]
    [InlineData("և", "ev")]
    [InlineData("ժողովուրդ", "zhoghovurd")]
    [InlineData("ծաղիկ", "tsaghik")]
    public void ToLatin_Armenian_UsesCommonRomanization(string lower, string expected) =>
        Assert.Equal(expected, Transliteration.ToLatin(lower));

    [Fact]
    public void ToLatin_VoAndYeAfterSpace_AreWordInitial() =>
        Assert.Equal("mer voskehat yerevan", Transliteration.ToLatin("մեր ոսկեհատ երևան"));

    [Theory]
    [InlineData("ереван", "erevan")]
    [InlineData("щёлково", "shchelkovo")]
    [InlineData("подъезд", "podezd")]
    public void ToLatin_Russian_UsesCommonRomanization(string lower, string expected) =>
        Assert.Equal(expected, Transliteration.ToLatin(lower));

    [Fact]
    public void ToLatin_LatinDigitsAndPunctuation_PassThrough() =>
        Assert.Equal("school-5, yerevan!", Transliteration.ToLatin("school-5, yerevan!"));
}
