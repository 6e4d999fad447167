using EduHub.Search.Lucene.Querying;

namespace EduHub.UnitTests.Modules.Search;

/// <summary>
/// The highlighter analyses only the windows around words that can match; it must mark exactly what analysing
/// the whole text marks, including where the Armenian character filter changes the text.
/// </summary>
public sealed class HighlighterTests
{
    private static readonly string[] Texts =
    [
        "Երևանի թիվ 187 հիմնական դպրոցը և դպրոցներում համացանցի անվտանգությունը, Գյումրու դպրոցների ծնողներ",
        "Երեւանի դպրոցներ եւ ԵՒ ԵՎ Եւ և ու դպրոց՛ներում Ինչպե՞ս ﬓﬔﬕ դպրոցի Ինչպես մաթեմատիկա մաթեմատիկայի",
        "Distance learning platform for schools in Yerevan and Gyumri; the platform's lessons, PLATFORM, Platforms.",
        "Дистанционное обучение: школы Еревана и Гюмри, школа, школьники, платформа для учителей в Ереване",
        "word\u00a0joined\u2003by odd spaces дпрոց mixed Դպրոցներում\tդպրոցներ\nմաթեմ.մաթեմատիկա ﬗ և",
        "no match at all here, only filler words that share nothing with the query",
        "İstanbul ΣΊΣΥΦΟΣ straße ǅemal Ⅻ dpro dprots դպրոց",
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var query in new[] { "դպրոցներում", "Երևան", "Yerevan", "մաթեմ*", "\"distance learning\"", "platform", "школы", "Ինչպե՞ս", "և", "ﬓ", "Ереван", "istanbul" })
        {
            for (var i = 0; i < Texts.Length; i++)
            {
                data.Add(query, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Windowed_highlights_equal_a_full_analysis(string query, string textIndex)
    {
        var text = Texts[int.Parse(textIndex, System.Globalization.CultureInfo.InvariantCulture)];
        foreach (var cultures in new[] { new[] { "hy", "ru", "en" }, ["hy"], ["en"], ["ru"] })
        {
            var expected = Highlighter.Snippets(text, TextQuery.Build(UserQueryParser.Parse(query), cultures).Highlight, cultures, analyseAll: true);
            var actual = Highlighter.Snippets(text, TextQuery.Build(UserQueryParser.Parse(query), cultures).Highlight, cultures);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Armenian_spellings_are_highlighted_in_the_windows()
    {
        var cultures = new[] { "hy" };
        var snippets = Highlighter.Snippets("Ծրագիր Երեւանի և ԵՐԵՎԱՆԻ դպրոց՛ներում համար", TextQuery.Build(UserQueryParser.Parse("դպրոցներում"), cultures).Highlight, cultures);
        Assert.Contains("<em>դպրոց՛ներում</em>", Assert.Single(snippets));
    }

    [Fact]
    public void Only_the_first_3000_characters_are_highlighted()
    {
        var cultures = new[] { "hy" };
        var filler = string.Join(' ', Enumerable.Repeat("filler", 440));
        var text = $"դպրոցներում {filler} դպրոցներում";
        foreach (var analyseAll in new[] { false, true })
        {
            var snippet = Assert.Single(Highlighter.Snippets(text, TextQuery.Build(UserQueryParser.Parse("դպրոցներում"), cultures).Highlight, cultures, analyseAll));
            Assert.StartsWith("<em>դպրոցներում</em>", snippet, StringComparison.Ordinal);
            Assert.Single(snippet.Split("<em>")[1..]);
            Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        }
    }
}
