namespace EduHub.Web.Cli.Demo;

/// <summary>The kinds of schools, platforms and organisations the generator draws from, with their names in hy/en/ru.</summary>
public static class DemoCatalog
{
    // Weights are estimates: domain.md §2 only gives 12 primary-only schools of about 1,400 (2012–13).
    public static readonly IReadOnlyList<SchoolKind> SchoolKinds =
    [
        new("secondary", new("միջնակարգ դպրոց", "Secondary School", "Средняя школа"), 62, 60, 1400),
        new("basic", new("հիմնական դպրոց", "Basic School", "Основная школа"), 18, 20, 450),
        new("high", new("ավագ դպրոց", "High School", "Старшая школа"), 8, 150, 1100),
        new("primary", new("տարրական դպրոց", "Primary School", "Начальная школа"), 1, 15, 150),
        new("varzharan", new("վարժարան", "Varzharan", "Варжаран"), 2, 200, 900),
        new("special", new("հատուկ դպրոց", "Special School", "Специальная школа"), 3, 20, 160),
        new("vocational", new("արհեստագործական ուսումնարան", "Vocational School", "Профессиональное училище"), 6, 80, 600),
    ];

    public static readonly IReadOnlyList<OrganizationKind> OrganizationKinds =
    [
        new("ngo", new("«{0}» կրթական հիմնադրամ", "{0} Education Foundation", "Образовательный фонд «{0}»"),
            new("Աջակցում է դպրոցներին հեռավար ուսուցման մեջ՝ տրամադրելով սարքեր և վերապատրաստումներ։", "Supports schools in distance learning with devices and training.", "Помогает школам с дистанционным обучением: устройства и обучение учителей."), 35),
        new("company", new("«{0}» կրթական տեխնոլոգիաներ ՍՊԸ", "{0} Learning Technologies LLC", "ООО «{0} Образовательные технологии»"),
            new("Մշակում է առցանց ուսուցման հարթակներ և բջջային հավելվածներ։", "Builds online learning platforms and mobile apps.", "Разрабатывает платформы онлайн-обучения и мобильные приложения."), 30),
        new("university", new("«{0}» համալսարան", "{0} University", "Университет «{0}»"),
            new("Պատրաստում է ուսուցիչներ և վարում է առցանց դասընթացներ։", "Trains teachers and runs online courses.", "Готовит учителей и ведёт онлайн-курсы."), 10),
        new("school", new("«{0}» կրթահամալիր", "{0} Educational Complex", "Образовательный комплекс «{0}»"),
            new("Կիսվում է իր հեռավար դասերով այլ դպրոցների հետ։", "Shares its distance lessons with other schools.", "Делится своими дистанционными уроками с другими школами."), 15),
        new("international-organisation", new("«{0}» միջազգային կրթական ծրագիր", "{0} International Education Programme", "Международная образовательная программа «{0}»"),
            new("Ֆինանսավորում է թվային կրթական ռեսուրսներ և սարքեր դպրոցների համար։", "Funds digital learning resources and devices for schools.", "Финансирует цифровые образовательные ресурсы и устройства для школ."), 5),
        new("government-body", new("«{0}» կրթական ռեսուրսների կենտրոն", "{0} Educational Resource Centre", "Центр образовательных ресурсов «{0}»"),
            new("Համակարգում է մարզի դպրոցների թվային ռեսուրսները։", "Coordinates the digital resources of the region's schools.", "Координирует цифровые ресурсы школ региона."), 5),
    ];

    public static readonly IReadOnlyList<PlatformKind> PlatformKinds =
    [
        new(new("առցանց դասարան", "Online Classroom", "Онлайн-класс"),
            new("Ուղիղ առցանց դասեր և տնային աշխատանքներ ուսուցիչների ու աշակերտների համար։", "Live online lessons and homework for teachers and pupils.", "Онлайн-уроки в прямом эфире и домашние задания для учителей и учеников."), ["web", "mobile-app"], 512, 2048),
        new(new("տեսադասեր", "Video Lessons", "Видеоуроки"),
            new("Ձայնագրված տեսադասեր բոլոր առարկաներից, ամեն օր նոր դասերով։", "Recorded video lessons in all subjects, with new lessons every day.", "Записанные видеоуроки по всем предметам, новые уроки каждый день."), ["web"], 768, 3072),
        new(new("էլեկտրոնային գրադարան", "E-Library", "Электронная библиотека"),
            new("Դասագրքեր, առաջադրանքներ և ուսումնական նյութեր՝ ներբեռնելու և տպելու համար։", "Textbooks, exercises and learning materials to download and print.", "Учебники, задания и материалы для скачивания и печати."), ["web", "offline"], 128, 512),
        new(new("հեռուստադասեր", "TV Lessons", "Телеуроки"),
            new("Դասեր հեռուստատեսությամբ՝ առանց համացանցի։", "Lessons on television, no Internet needed.", "Уроки по телевидению, интернет не нужен."), ["tv"], 0, 0),
        new(new("բջջային հավելված", "Mobile App", "Мобильное приложение"),
            new("Կարճ դասեր և թեստեր սմարթֆոնի համար, աշխատում է նաև դանդաղ կապով։", "Short lessons and quizzes for smartphones; works on slow connections.", "Короткие уроки и тесты для смартфона, работает и при медленной связи."), ["mobile-app"], 128, 512),
        new(new("ծրագրավորման ակումբ", "Coding Club", "Клуб программирования"),
            new("Ծրագրավորման և ռոբոտաշինության առցանց պարապմունքներ։", "Online coding and robotics sessions.", "Онлайн-занятия по программированию и робототехнике."), ["web"], 1024, 4096,
            ["informatics", "digital-literacy-cs", "mathematics", "technology"]),
        new(new("քննությունների նախապատրաստում", "Exam Prep", "Подготовка к экзаменам"),
            new("Ավարտական և ընդունելության քննությունների թեստեր և բացատրություններ։", "Tests and explanations for final and entrance exams.", "Тесты и разборы к выпускным и вступительным экзаменам."), ["web", "mobile-app"], 256, 1024,
            ["armenian-language", "mathematics", "armenian-history", "physics", "chemistry", "biology", "foreign-language"]),
        new(new("ուսուցիչների դասընթացներ", "Teacher Courses", "Курсы для учителей"),
            new("Թվային հմտությունների դասընթացներ ուսուցիչների համար։", "Digital-skills courses for teachers.", "Курсы цифровых навыков для учителей."), ["web"], 512, 2048,
            ["informatics", "digital-literacy-cs"]),
    ];

    public static readonly IReadOnlyList<Localized> Availability =
    [
        new("Երկուշաբթի–ուրբաթ, 15:00–18:00", "Mon–Fri 15:00–18:00", "Пн–пт, 15:00–18:00"),
        new("Երկուշաբթի, չորեքշաբթի, ուրբաթ, 14:00–17:00", "Mon, Wed, Fri 14:00–17:00", "Пн, ср, пт, 14:00–17:00"),
        new("Երեքշաբթի և հինգշաբթի, 16:00–19:00", "Tue and Thu 16:00–19:00", "Вт и чт, 16:00–19:00"),
        new("Շաբաթ, 10:00–14:00", "Sat 10:00–14:00", "Сб, 10:00–14:00"),
    ];

    public static readonly Localized TrainingProgramme = new(
        "ԿՏԱԿ-ի ՏՀՏ վերապատրաստում մենթոր-ուսուցիչների համար", "NCET ICT training for mentor-teachers", "Обучение ИКТ для наставников-учителей (НЦОТ)");

    public static readonly Localized SmartphoneIsEnough = new(
        "Բավական է սմարթֆոն կամ համակարգիչ՝ համացանցով", "A smartphone or computer with Internet is enough", "Достаточно смартфона или компьютера с интернетом");

    public static readonly Localized TelevisionOnly = new("Հեռուստացույց", "A television set", "Телевизор");

    public static readonly Localized Subtitles = new(
        "Տեսանյութերը ենթագրերով են, էջերը կարդացվում են էկրանի ընթերցիչով։", "Videos have subtitles; pages work with screen readers.", "Видео с субтитрами, страницы доступны для экранных дикторов.");
}
