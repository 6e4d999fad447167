using EduHub.Core.Data;

namespace EduHub.UnitTests.Core.Data;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Երևան")]
    [InlineData("Երեւան")]
    [InlineData("ԵՐԵՎԱՆ")]
    [InlineData("ԵՐԵՒԱՆ")]
    [InlineData("երեվան")]
    public void Fold_EverySpellingOfYerevan_FoldsToTheSameText(string spelling) =>
        Assert.Equal("երեվան", TextFolding.Fold(spelling));

    [Fact]
    public void Fold_ConjunctionEv_MatchesItsTwoLetterSpelling() =>
        Assert.Equal(TextFolding.Fold("դպրոց և ծնող"), TextFolding.Fold("Դպրոց եւ ծնող"));

    [Fact]
    public void Fold_OuDigraph_IsNotTouched() =>
        Assert.Equal("ուսուցիչ", TextFolding.Fold("Ուսուցիչ"));

    [Theory]
    [InlineData("Ինչպե՞ս")]
    [InlineData("Ինչպե՜ս")]
    [InlineData("Ինչպե՛ս")]
    [InlineData("Ինչպե՟ս")]
    public void Fold_InWordArmenianMarks_AreRemoved(string marked) =>
        Assert.Equal(TextFolding.Fold("Ինչպես"), TextFolding.Fold(marked));

    [Fact]
    public void Fold_ArmenianFullStopAndComma_AreKept() =>
        Assert.Equal("այո՝ այո։", TextFolding.Fold("Այո՝ այո։"));

    [Fact]
    public void Fold_ArmenianLigature_IsDecomposed() =>
        Assert.Equal("մնալ", TextFolding.Fold("\uFB13ալ"));

    [Theory]
    [InlineData("ЕРЕВАН", "ереван")]
    [InlineData("Щёлково", "щёлково")]
    [InlineData("YEREVAN", "yerevan")]
    [InlineData("Ayb School", "ayb school")]
    public void Fold_CyrillicAndLatin_AreLowerCased(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Fold_NullOrEmpty_IsReturnedAsIs(string? text) =>
        Assert.Equal(text, TextFolding.Fold(text));

    [Fact]
    public void Fold_LongText_IsCutAtMaxIndexedLength() =>
        Assert.Equal(TextFolding.MaxIndexedLength, TextFolding.Fold(new string('Ա', 1500))!.Length);

    [Fact]
    public void Fold_TextThatGrowsWhenFolded_IsCutAfterFolding() =>
        Assert.Equal(string.Concat(Enumerable.Repeat("եվ", 500)), TextFolding.Fold(new string('և', 600)));

    [Fact]
    public void Fold_TextAtTheLimit_IsNotCut() =>
        Assert.Equal(new string('ա', 1000), TextFolding.Fold(new string('Ա', 1000)));

    [Fact]
    public void Fold_EmojiAcrossTheCutPoint_IsNotSplitIntoHalfACharacter()
    {
        var folded = TextFolding.Fold(new string('a', TextFolding.MaxIndexedLength - 1) + "📚 and more")!;
        Assert.False(char.IsHighSurrogate(folded[^1]), "The folded text ends with a lone surrogate, which is not valid UTF-8 for PostgreSQL.");
    }

    [Fact]
    public void Truncate_ShortText_IsUnchanged() =>
        Assert.Equal("abc", TextFolding.Truncate("abc"));
}
