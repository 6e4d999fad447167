using EduHub.ContentEditing.Diffing;

namespace EduHub.UnitTests.ContentEditing.Diffing;

public sealed class TextDiffTests
{
    private static string Render(IReadOnlyList<DiffSegment> segments) => string.Concat(segments.Select(s => s.Kind switch
    {
        DiffSegmentKind.Removed => $"[-{s.Text}]",
        DiffSegmentKind.Added => $"[+{s.Text}]",
        _ => s.Text,
    }));

    [Fact]
    public void Compare_OneWordReplaced_MarksOnlyThatWord() =>
        Assert.Equal("Lessons for grades [-5][+1] to 9.", Render(TextDiff.Compare("Lessons for grades 5 to 9.", "Lessons for grades 1 to 9.")));

    [Fact]
    public void Compare_NeighbouringWordsReplaced_ReadAsOnePhrase() =>
        Assert.Equal("[-the quick][+a slow] fox", Render(TextDiff.Compare("the quick fox", "a slow fox")));

    [Fact]
    public void Compare_WordsInsertedAndRemoved_KeepsTheCommonWords() =>
        Assert.Equal("Free [-online ]lessons[+ for every school]", Render(TextDiff.Compare("Free online lessons", "Free lessons for every school")));

    [Fact]
    public void Compare_ArmenianWords_AreWholeTokens() =>
        Assert.Equal("Հեռավար [-ուսուցում][+դասեր]", Render(TextDiff.Compare("Հեռավար ուսուցում", "Հեռավար դասեր")));

    [Fact]
    public void Compare_SameText_IsOneUnchangedSegment()
    {
        var segments = TextDiff.Compare("same text", "same text");

        Assert.Equal([new DiffSegment(DiffSegmentKind.Same, "same text")], segments);
    }

    [Theory]
    [InlineData(null, "new", "[+new]")]
    [InlineData("old", null, "[-old]")]
    [InlineData("", "", "")]
    public void Compare_EmptySide_IsAllAddedOrAllRemoved(string? old, string? @new, string expected) =>
        Assert.Equal(expected, Render(TextDiff.Compare(old, @new)));

    [Fact]
    public void Compare_VeryLongRewrittenTexts_ShowTheMiddleAsReplaced()
    {
        var old = "start " + string.Join(' ', Enumerable.Range(0, 3000).Select(i => "a" + i)) + " end";
        var @new = "start " + string.Join(' ', Enumerable.Range(0, 3000).Select(i => "b" + i)) + " end";

        var segments = TextDiff.Compare(old, @new);

        Assert.Equal([DiffSegmentKind.Same, DiffSegmentKind.Removed, DiffSegmentKind.Added, DiffSegmentKind.Same], segments.Select(s => s.Kind));
        Assert.Equal(old, string.Concat(segments.Where(s => s.Kind != DiffSegmentKind.Added).Select(s => s.Text)));
        Assert.Equal(@new, string.Concat(segments.Where(s => s.Kind != DiffSegmentKind.Removed).Select(s => s.Text)));
    }

    [Theory]
    [InlineData("a b c d e", "a x c y e")]
    [InlineData("<p>Hello, world!</p>", "<p>Hello there, world?</p>")]
    [InlineData("one\ntwo\nthree", "zero\none\nthree\nfour")]
    public void Compare_AnyTexts_OldAndNewCanBeRebuiltFromTheSegments(string old, string @new)
    {
        var segments = TextDiff.Compare(old, @new);

        Assert.Equal(old, string.Concat(segments.Where(s => s.Kind != DiffSegmentKind.Added).Select(s => s.Text)));
        Assert.Equal(@new, string.Concat(segments.Where(s => s.Kind != DiffSegmentKind.Removed).Select(s => s.Text)));
    }

    [Fact]
    public void Tokenize_SplitsWordsSpacesAndPunctuation() =>
        Assert.Equal(["Hello", ",", " ", "world", "!", "!"], TextDiff.Tokenize("Hello, world!!"));
}
