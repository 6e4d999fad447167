using EduHub.Core.Indexing;

namespace EduHub.SearchBench;

/// <summary>
/// Search documents shaped like the hub's content (platforms, schools, guides in hy/en/ru with regions,
/// subjects, grades, cost), generated from a seed: the same run always indexes the same text.
/// </summary>
internal sealed class SyntheticItems(int seed)
{
    private static readonly string[] HyWords =
    [
        "դպրոց", "դպրոցներ", "դպրոցների", "դպրոցներում", "ուսուցիչ", "ուսուցչի", "աշակերտ", "աշակերտներ", "դաս", "դասեր", "հեռավար",
        "ուսուցման", "հարթակ", "հարթակը", "համացանց", "համացանցում", "անվտանգ", "անվտանգության", "ծնողներ", "ծնողների", "երեխաներ",
        "մաթեմատիկա", "ֆիզիկա", "քիմիա", "պատմություն", "գրականություն", "տեսադասեր", "առցանց", "դասընթացներ", "անվճար", "թվային",
        "ռեսուրսներ", "գրադարան", "կենտրոն", "ծրագիր", "մարզ", "Երևան", "Երևանի", "Գյումրի", "Գյումրու", "Վանաձորի", "Լոռու", "և", "ու",
    ];

    private static readonly string[] EnWords =
    [
        "school", "schools", "teacher", "teachers", "students", "lesson", "lessons", "distance", "learning", "platform", "online", "free",
        "course", "courses", "safe", "internet", "guide", "parents", "children", "mathematics", "physics", "history", "video", "library",
        "digital", "resources", "Yerevan", "Gyumri", "Vanadzor", "programme", "and", "the", "for", "with",
    ];

    private static readonly string[] RuWords =
    [
        "школа", "школы", "учитель", "учителя", "ученики", "урок", "уроки", "дистанционное", "обучение", "платформа", "бесплатно",
        "курсы", "безопасный", "интернет", "родители", "дети", "математика", "физика", "история", "видеоуроки", "Ереван", "Гюмри", "и",
    ];

    public static IReadOnlyList<string> Types { get; } = ["Platform", "School", "SafetyGuide", "Mentor", "Announcement"];

    private static readonly string[] Costs = ["free", "free", "free", "freemium", "paid"];

    private static readonly string HyLetters = "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ";
    private static readonly string LatinLetters = "abcdefghijklmnopqrstuvwxyz";
    private static readonly string CyrillicLetters = "абвгдежзийклмнопрстуфхцчшщыэюя";

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, string[]> _rare = [];

    public ContentIndexDocument Next(int n)
    {
        var culture = _random.Next(20) switch { < 12 => "hy", < 17 => "en", _ => "ru" };
        var words = culture switch { "hy" => HyWords, "en" => EnWords, _ => RuWords };
        var type = Types[_random.Next(Types.Count)];
        var title = $"{Sentence(words, 3, 6)} {n}";
        var document = new ContentIndexDocument($"bench{n:D20}", type) { Culture = culture, DisplayText = title, Published = true, ModifiedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(n) };
        document.AddText("DisplayText", title, isTitle: true);
        document.AddText($"{type}.Summary", Sentence(words, 12, 30));
        document.AddText($"{type}.Description", Sentence(words, 30, 80));
        var region = $"region{_random.Next(11):D2}";
        document.AddKeyword("region", region, $"Region {region[^2..]}");
        document.AddKeyword("subject", $"subject{_random.Next(20):D2}", null);
        document.AddKeyword("language", culture, null);
        document.AddKeyword("cost", Costs[_random.Next(Costs.Length)]);
        for (var grade = _random.Next(1, 6); grade <= 12; grade += _random.Next(1, 4))
        {
            document.AddKeyword("grade", grade.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return document;
    }

    /// <summary>
    /// One word in ten from the hub's own vocabulary (the words the benchmark searches for), the rest from 20,000
    /// generated words of the same script picked with a Zipf-like skew: a searched word is in a few percent of
    /// the items, as in real content, not in most of them.
    /// </summary>
    private string Sentence(string[] words, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, _random.Next(min, max)).Select(_ => _random.Next(10) == 0 ? words[_random.Next(words.Length)] : Rare(words)));

    private string Rare(string[] words)
    {
        var letters = words == HyWords ? HyLetters : words == EnWords ? LatinLetters : CyrillicLetters;
        if (!_rare.TryGetValue(letters, out var vocabulary))
        {
            var generator = new Random(letters.Length);
            vocabulary = Enumerable.Range(0, 20_000).Select(_ => new string(Enumerable.Range(0, generator.Next(4, 10)).Select(_ => letters[generator.Next(letters.Length)]).ToArray())).ToArray();
            _rare[letters] = vocabulary;
        }

        // Zipf-like: index = n^2 scaled, so low indexes are frequent.
        var u = _random.NextDouble();
        return vocabulary[(int)(u * u * (vocabulary.Length - 1))];
    }
}
