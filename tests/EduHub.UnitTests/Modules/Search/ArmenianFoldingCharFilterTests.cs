using EduHub.Search.Lucene.Analysis;
using Lucene.Net.Analysis.CharFilters;

namespace EduHub.UnitTests.Modules.Search;

/// <summary>
/// Our folding filter replaced Lucene's MappingCharFilter over <see cref="ArmenianCharMap.Value"/>; highlights
/// and stored offsets depend on it giving the same characters and mapping every output offset back to the same
/// input offset, so it is held to Lucene's filter as the reference.
/// </summary>
public sealed class ArmenianFoldingCharFilterTests
{
    private const string Alphabet = "եԵւՒվ\u0587\u055B\u055C\u055E\u055F\uFB13\uFB14\uFB15\uFB16\uFB17 aդ";

    public static TheoryData<string> Texts() =>
    [
        "",
        "Երևան Երեւան ԵՐԵՒԱՆ ԵՐԵՎԱՆ",
        "Ինչպե՞ս դպրոց՛ներում ՞՟",
        "ﬓﬔﬕﬖﬗ և եւ Եւ եՒ ԵՒ",
        "եեւ եե ե",
        "ե",
        "և",
        "school and դպրոց",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Same_text_and_offsets_as_Lucenes_mapping_filter(string text) => AssertSameAsReference(text);

    [Fact]
    public void Same_text_and_offsets_as_Lucenes_mapping_filter_on_random_mixes()
    {
        var random = new Random(11);
        for (var n = 0; n < 2000; n++)
        {
            AssertSameAsReference(new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray()));
        }
    }

    [Fact]
    public void Reading_in_blocks_gives_the_same_text_and_minus_one_at_the_end()
    {
        using var filter = new ArmenianFoldingCharFilter(new StringReader("աեւﬓ՞բ"));
        var buffer = new char[3];
        var text = "";
        int read;
        while ((read = filter.Read(buffer, 0, buffer.Length)) > 0)
        {
            text += new string(buffer, 0, read);
        }

        Assert.Equal(-1, read);
        Assert.Equal("աեվմնբ", text);
    }

    private static void AssertSameAsReference(string text)
    {
        var (expected, expectedOffsets) = ReadAll(new MappingCharFilter(ArmenianCharMap.Value, new StringReader(text)));
        var (actual, actualOffsets) = ReadAll(new ArmenianFoldingCharFilter(new StringReader(text)));
        Assert.Equal(expected, actual);
        Assert.Equal(expectedOffsets, actualOffsets);
    }

    private static (string Text, int[] Offsets) ReadAll(BaseCharFilter filter)
    {
        using (filter)
        {
            var text = new System.Text.StringBuilder();
            int c;
            while ((c = filter.Read()) >= 0)
            {
                text.Append((char)c);
            }

            return (text.ToString(), Enumerable.Range(0, text.Length + 1).Select(filter.CorrectOffset).ToArray());
        }
    }
}
