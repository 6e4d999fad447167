using System.Security.Cryptography;
using System.Text;

namespace EduHub.Search.Lucene.Analysis;

/// <summary>
/// The hub's own vocabulary: words found in a large share of its items (what it is about: schools, lessons, distance
/// learning, platforms, safety, the subjects). A quoted phrase of such words is the one phrase Lucene matches slowly,
/// since it walks the long postings of every word and checks positions; so pairs of two such words, adjacent in a
/// text, are indexed (<see cref="Indexing.WordPairs"/>) and such a phrase first narrows down to the documents holding
/// its pairs. A phrase with any other word is already fast: the postings of that word are short.
/// Only pairs of two listed words are indexed, which keeps the index within a few percent of its size without pairs
/// (all pairs made it 80 % larger). Changing the list changes <see cref="Fingerprint"/>, and so rebuilds the indexes.
/// </summary>
internal static class CommonWords
{
    private static readonly string[] Words =
    [
        // Armenian
        "դպրոց", "դպրոցը", "դպրոցի", "դպրոցներ", "դպրոցների", "դպրոցներում", "ուսուցիչ", "ուսուցիչներ", "ուսուցչի", "ուսուցիչների",
        "աշակերտ", "աշակերտներ", "աշակերտների", "դաս", "դասեր", "դասի", "դասարան", "դասարանի", "հեռավար", "ուսուցում",
        "ուսուցման", "կրթություն", "կրթական", "կրթության", "հարթակ", "հարթակը", "հարթակներ", "համացանց", "համացանցում", "համացանցի",
        "անվտանգ", "անվտանգություն", "անվտանգության", "ծնողներ", "ծնողների", "երեխաներ", "երեխաների", "առցանց", "տեսադասեր",
        "դասընթաց", "դասընթացներ", "անվճար", "թվային", "ռեսուրսներ", "գրադարան", "կենտրոն", "ծրագիր", "մարզ", "մենթոր", "ուղեցույց",
        "մաթեմատիկա", "ֆիզիկա", "քիմիա", "պատմություն", "գրականություն", "հայոց", "լեզու",

        // English
        "school", "schools", "teacher", "teachers", "student", "students", "pupil", "pupils", "lesson", "lessons", "class", "classes",
        "grade", "distance", "learning", "online", "platform", "platforms", "course", "courses", "education", "educational", "video",
        "free", "internet", "safe", "safety", "guide", "parents", "children", "digital", "resources", "library", "programme", "program",
        "support", "mentor", "mentors", "centre", "center", "mathematics", "physics", "chemistry", "history", "literature", "armenian",
        "language",

        // Russian
        "школа", "школы", "школ", "учитель", "учителя", "учителей", "ученики", "учеников", "урок", "уроки", "уроков", "класс",
        "дистанционное", "дистанционного", "обучение", "обучения", "платформа", "платформы", "онлайн", "курс", "курсы", "образование",
        "образовательная", "бесплатно", "бесплатный", "безопасность", "безопасный", "интернет", "родители", "родителей", "дети", "детей",
        "цифровые", "ресурсы", "библиотека", "математика", "физика", "химия", "история", "литература", "видеоуроки",
    ];

    /// <summary>The words as the plain field holds them (folded, lower case).</summary>
    public static IReadOnlySet<string> Plain { get; } = Analyse(SearchAnalyzers.Plain);

    private static readonly Dictionary<string, IReadOnlySet<string>> StemsByCulture = new(StringComparer.Ordinal)
    {
        ["hy"] = Analyse(SearchAnalyzers.Armenian),
        ["ru"] = Analyse(SearchAnalyzers.Russian),
        ["en"] = Analyse(SearchAnalyzers.English),
    };

    /// <summary>Part of every index profile's fingerprint: a different list means different pairs in the index.</summary>
    public static string Fingerprint { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Words))))[..12];

    /// <summary>
    /// The words as a culture's stemmed field holds them. Every language's words go through every culture's
    /// analysis, because a stemmed field also holds the words of other languages that its texts quote.
    /// </summary>
    public static IReadOnlySet<string> Stems(string culture) => StemsByCulture[culture is "ru" or "en" ? culture : "hy"];

    private static HashSet<string> Analyse(SearchAnalyzer analyzer) =>
        new(Words.SelectMany(word => analyzer.Terms(word)), StringComparer.Ordinal);
}
