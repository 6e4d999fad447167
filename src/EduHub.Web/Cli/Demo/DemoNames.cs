namespace EduHub.Web.Cli.Demo;

/// <summary>
/// Common Armenian first names and surnames, street names and name themes. People are fictional: a
/// mentor's name is a random pairing of a common first name and a common surname.
/// </summary>
public static class DemoNames
{
    public static readonly IReadOnlyList<Localized> FemaleFirstNames =
    [
        new("Անի", "Ani", "Ани"), new("Լիլիթ", "Lilit", "Лилит"), new("Նարինե", "Narine", "Нарине"),
        new("Մարիամ", "Mariam", "Мариам"), new("Գայանե", "Gayane", "Гаяне"), new("Արմինե", "Armine", "Армине"),
        new("Աննա", "Anna", "Анна"), new("Հասմիկ", "Hasmik", "Асмик"), new("Սիրանուշ", "Siranush", "Сирануш"),
        new("Լուսինե", "Lusine", "Лусине"), new("Տաթևիկ", "Tatevik", "Татевик"), new("Սոնա", "Sona", "Сона"),
        new("Զարուհի", "Zaruhi", "Заруи"), new("Աստղիկ", "Astghik", "Астгик"), new("Նաիրա", "Naira", "Наира"),
        new("Մարինե", "Marine", "Марине"), new("Քնարիկ", "Knarik", "Кнарик"), new("Ռուզաննա", "Ruzanna", "Рузанна"),
        new("Էլեն", "Elen", "Элен"), new("Շուշան", "Shushan", "Шушан"),
    ];

    public static readonly IReadOnlyList<Localized> MaleFirstNames =
    [
        new("Արամ", "Aram", "Арам"), new("Տիգրան", "Tigran", "Тигран"), new("Դավիթ", "Davit", "Давид"),
        new("Գևորգ", "Gevorg", "Геворг"), new("Սուրեն", "Suren", "Сурен"), new("Արմեն", "Armen", "Армен"),
        new("Հայկ", "Hayk", "Айк"), new("Կարեն", "Karen", "Карен"), new("Արթուր", "Artur", "Артур"),
        new("Վահե", "Vahe", "Ваге"), new("Ներսես", "Nerses", "Нерсес"), new("Սամվել", "Samvel", "Самвел"),
        new("Հովհաննես", "Hovhannes", "Ованес"), new("Գրիգոր", "Grigor", "Григор"), new("Աշոտ", "Ashot", "Ашот"),
        new("Վարդան", "Vardan", "Вардан"), new("Ռուբեն", "Ruben", "Рубен"), new("Մհեր", "Mher", "Мгер"),
        new("Արսեն", "Arsen", "Арсен"), new("Նարեկ", "Narek", "Нарек"),
    ];

    public static readonly IReadOnlyList<Localized> Surnames =
    [
        new("Հակոբյան", "Hakobyan", "Акопян"), new("Առաքելյան", "Arakelyan", "Аракелян"),
        new("Մելքոնյան", "Melkonyan", "Мелконян"), new("Ղազարյան", "Ghazaryan", "Казарян"),
        new("Բաբայան", "Babayan", "Бабаян"), new("Ավետիսյան", "Avetisyan", "Аветисян"),
        new("Մկրտչյան", "Mkrtchyan", "Мкртчян"), new("Հարությունյան", "Harutyunyan", "Арутюнян"),
        new("Սարգսյան", "Sargsyan", "Саргсян"), new("Գրիգորյան", "Grigoryan", "Григорян"),
        new("Պետրոսյան", "Petrosyan", "Петросян"), new("Խաչատրյան", "Khachatryan", "Хачатрян"),
        new("Վարդանյան", "Vardanyan", "Варданян"), new("Կարապետյան", "Karapetyan", "Карапетян"),
        new("Մարտիրոսյան", "Martirosyan", "Мартиросян"), new("Ստեփանյան", "Stepanyan", "Степанян"),
        new("Հովհաննիսյան", "Hovhannisyan", "Оганесян"), new("Դավթյան", "Davtyan", "Давтян"),
        new("Սիմոնյան", "Simonyan", "Симонян"), new("Մանուկյան", "Manukyan", "Манукян"),
        new("Եղիազարյան", "Yeghiazaryan", "Егиазарян"), new("Պողոսյան", "Poghosyan", "Погосян"),
        new("Ալեքսանյան", "Aleksanyan", "Алексанян"), new("Գասպարյան", "Gasparyan", "Гаспарян"),
        new("Աբրահամյան", "Abrahamyan", "Абрамян"),
    ];

    /// <summary>Street name patterns: {0} is the house number.</summary>
    public static readonly IReadOnlyList<Localized> Streets =
    [
        new("Մաշտոցի փողոց {0}", "{0} Mashtots St", "ул. Маштоца, {0}"),
        new("Աբովյան փողոց {0}", "{0} Abovyan St", "ул. Абовяна, {0}"),
        new("Տիգրան Մեծի պողոտա {0}", "{0} Tigran Mets Ave", "пр. Тиграна Меца, {0}"),
        new("Չարենցի փողոց {0}", "{0} Charents St", "ул. Чаренца, {0}"),
        new("Թումանյան փողոց {0}", "{0} Tumanyan St", "ул. Туманяна, {0}"),
        new("Իսահակյան փողոց {0}", "{0} Isahakyan St", "ул. Исаакяна, {0}"),
        new("Կոմիտասի պողոտա {0}", "{0} Komitas Ave", "пр. Комитаса, {0}"),
        new("Նալբանդյան փողոց {0}", "{0} Nalbandyan St", "ул. Налбандяна, {0}"),
        new("Բաղրամյան պողոտա {0}", "{0} Baghramyan Ave", "пр. Баграмяна, {0}"),
        new("Խորենացու փողոց {0}", "{0} Khorenatsi St", "ул. Хоренаци, {0}"),
        new("Վարդանանց փողոց {0}", "{0} Vardanants St", "ул. Вардананц, {0}"),
        new("Գրիգոր Լուսավորչի փողոց {0}", "{0} Grigor Lusavorich St", "ул. Григора Лусаворича, {0}"),
        new("Անդրանիկի փողոց {0}", "{0} Andranik St", "ул. Андраника, {0}"),
        new("Րաֆֆու փողոց {0}", "{0} Raffi St", "ул. Раффи, {0}"),
        new("Պարույր Սևակի փողոց {0}", "{0} Paruyr Sevak St", "ул. Паруйра Севака, {0}"),
        new("Շիրազի փողոց {0}", "{0} Shiraz St", "ул. Шираза, {0}"),
    ];

    /// <summary>Words that fictional organisations and platforms are named after.</summary>
    public static readonly IReadOnlyList<Localized> Themes =
    [
        new("Լույս", "Luys", "Луйс"), new("Արև", "Arev", "Арев"), new("Գիտելիք", "Gitelik", "Гителик"),
        new("Այբուբեն", "Aybuben", "Айбубен"), new("Մասիս", "Masis", "Масис"), new("Արագած", "Aragats", "Арагац"),
        new("Նոր սերունդ", "Nor Serund", "Нор Серунд"), new("Կամուրջ", "Kamurj", "Камурдж"),
        new("Զարթոնք", "Zartonk", "Зартонк"), new("Հորիզոն", "Horizon", "Горизонт"), new("Ծիածան", "Tsiatsan", "Циацан"),
        new("Աստղ", "Astgh", "Астх"), new("Սփյուռք", "Spyurk", "Спюрк"), new("Երազ", "Eraz", "Ераз"),
        new("Հայք", "Hayk", "Айк"), new("Վանք", "Vank", "Ванк"), new("Արծիվ", "Artsiv", "Арцив"),
        new("Շուշի", "Shushi", "Шуши"), new("Ակունք", "Akunk", "Акунк"), new("Դպրատուն", "Dpratun", "Дпратун"),
    ];
}
