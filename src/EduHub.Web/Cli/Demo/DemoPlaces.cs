namespace EduHub.Web.Cli.Demo;

/// <summary>
/// The 11 regions with their term ids in the setup recipe, and a few towns and villages each. Postal code
/// prefixes follow the marz ranges (Yerevan 00xx, Aragatsotn 02–05, ..., Tavush 39–42); the exact codes and
/// the area codes of towns are plausible values, not a directory.
/// </summary>
public static class DemoPlaces
{
    public static readonly IReadOnlyList<DemoRegion> Regions =
    [
        new("AM-ER", "ehireg0000000000000000amer", 1_073_700, YerevanDistricts()),
        new("AM-AG", "ehireg0000000000000000amag", 129_800,
        [
            Town("Աշտարակ", "Աշտարակի", "Ashtarak", "Аштарак", 201, "232", 18),
            Town("Ապարան", "Ապարանի", "Aparan", "Апаран", 501, "252", 6),
            Town("Թալին", "Թալինի", "Talin", "Талин", 401, "249", 5),
            Village("Օշական", "Օշականի", "Oshakan", "Ошакан", 215, "232", 12),
        ]),
        new("AM-AR", "ehireg0000000000000000amar", 258_900,
        [
            Town("Արտաշատ", "Արտաշատի", "Artashat", "Арташат", 701, "235", 20),
            Town("Մասիս", "Մասիսի", "Masis", "Масис", 801, "236", 19),
            Town("Արարատ", "Արարատի", "Ararat", "Арарат", 601, "238", 20),
            Town("Վեդի", "Վեդու", "Vedi", "Веди", 620, "234", 11),
            Village("Դալար", "Դալարի", "Dalar", "Далар", 708, "235", 25),
        ]),
        new("AM-AV", "ehireg0000000000000000amav", 266_600,
        [
            Town("Վաղարշապատ", "Վաղարշապատի", "Vagharshapat", "Вагаршапат", 1101, "231", 46),
            Town("Արմավիր", "Արմավիրի", "Armavir", "Армавир", 901, "237", 29),
            Town("Մեծամոր", "Մեծամորի", "Metsamor", "Мецамор", 910, "233", 9),
            Village("Մրգաշատ", "Մրգաշատի", "Mrgashat", "Мргашат", 919, "237", 30),
        ]),
        new("AM-GR", "ehireg0000000000000000amgr", 231_800,
        [
            Town("Գավառ", "Գավառի", "Gavar", "Гавар", 1201, "264", 20),
            Town("Սևան", "Սևանի", "Sevan", "Севан", 1501, "261", 19),
            Town("Մարտունի", "Մարտունու", "Martuni", "Мартуни", 1401, "262", 12),
            Town("Վարդենիս", "Վարդենիսի", "Vardenis", "Варденис", 1601, "269", 12),
            Town("Ճամբարակ", "Ճամբարակի", "Chambarak", "Чамбарак", 1301, "265", 6),
        ]),
        new("AM-KT", "ehireg0000000000000000amkt", 253_900,
        [
            Town("Հրազդան", "Հրազդանի", "Hrazdan", "Раздан", 2301, "223", 40),
            Town("Աբովյան", "Աբովյանի", "Abovyan", "Абовян", 2201, "222", 44),
            Town("Չարենցավան", "Չարենցավանի", "Charentsavan", "Чаренцаван", 2501, "226", 20),
            Town("Եղվարդ", "Եղվարդի", "Yeghvard", "Егвард", 2401, "224", 11),
            Town("Ծաղկաձոր", "Ծաղկաձորի", "Tsaghkadzor", "Цахкадзор", 2310, "223", 2),
        ]),
        new("AM-LO", "ehireg0000000000000000amlo", 225_000,
        [
            Town("Վանաձոր", "Վանաձորի", "Vanadzor", "Ванадзор", 2001, "322", 80),
            Town("Սպիտակ", "Սպիտակի", "Spitak", "Спитак", 1801, "255", 13),
            Town("Ալավերդի", "Ալավերդու", "Alaverdi", "Алаверди", 1701, "253", 13),
            Town("Ստեփանավան", "Ստեփանավանի", "Stepanavan", "Степанаван", 1901, "256", 12),
            Town("Տաշիր", "Տաշիրի", "Tashir", "Ташир", 1910, "254", 7),
        ]),
        new("AM-SH", "ehireg0000000000000000amsh", 243_200,
        [
            Town("Գյումրի", "Գյումրու", "Gyumri", "Гюмри", 3101, "312", 115),
            Town("Արթիկ", "Արթիկի", "Artik", "Артик", 2601, "244", 17),
            Town("Մարալիկ", "Մարալիկի", "Maralik", "Маралик", 2901, "242", 5),
            Village("Ախուրյան", "Ախուրյանի", "Akhuryan", "Ахурян", 2801, "312", 30),
        ]),
        new("AM-SU", "ehireg0000000000000000amsu", 139_400,
        [
            Town("Կապան", "Կապանի", "Kapan", "Капан", 3301, "285", 42),
            Town("Գորիս", "Գորիսի", "Goris", "Горис", 3201, "284", 20),
            Town("Սիսիան", "Սիսիանի", "Sisian", "Сисиан", 3401, "283", 14),
            Town("Մեղրի", "Մեղրու", "Meghri", "Мегри", 3501, "286", 4),
        ]),
        new("AM-TV", "ehireg0000000000000000amtv", 125_500,
        [
            Town("Իջևան", "Իջևանի", "Ijevan", "Иджеван", 4001, "263", 20),
            Town("Դիլիջան", "Դիլիջանի", "Dilijan", "Дилижан", 3901, "268", 17),
            Town("Բերդ", "Բերդի", "Berd", "Берд", 4101, "267", 8),
            Town("Նոյեմբերյան", "Նոյեմբերյանի", "Noyemberyan", "Ноемберян", 4201, "266", 5),
        ]),
        new("AM-VD", "ehireg0000000000000000amvd", 50_800,
        [
            Town("Եղեգնաձոր", "Եղեգնաձորի", "Yeghegnadzor", "Ехегнадзор", 3601, "281", 8),
            Town("Վայք", "Վայքի", "Vayk", "Вайк", 3801, "282", 6),
            Town("Ջերմուկ", "Ջերմուկի", "Jermuk", "Джермук", 3701, "287", 4),
            Village("Արենի", "Արենու", "Areni", "Арени", 3603, "281", 6),
        ]),
    ];

    private static Settlement Town(string hy, string hyGenitive, string en, string ru, int postalCode, string areaCode, double weight) =>
        new(new(hy, en, ru), hyGenitive, new(hy, en, ru), postalCode, 10, areaCode, weight);

    private static Settlement Village(string hy, string hyGenitive, string en, string ru, int postalCode, string areaCode, double weight) =>
        new(new(hy, en, ru), hyGenitive, new(hy, en, ru), postalCode, 1, areaCode, weight, IsVillage: true);

    // Weights: 2022 census population of the districts, in thousands (domain.md §1).
    private static IReadOnlyList<Settlement> YerevanDistricts()
    {
        var yerevan = new Localized("Երևան", "Yerevan", "Ереван");
        Settlement District(string hy, string en, string ru, int postalCode, double weight) =>
            new(yerevan, "Երևանի", new(hy, en, ru), postalCode, 4, "10", weight);

        return
        [
            District("Աջափնյակ", "Ajapnyak", "Аджапняк", 36, 112),
            District("Արաբկիր", "Arabkir", "Арабкир", 31, 119),
            District("Ավան", "Avan", "Аван", 40, 55),
            District("Դավթաշեն", "Davtashen", "Давташен", 54, 44),
            District("Էրեբունի", "Erebuni", "Эребуни", 25, 125),
            District("Քանաքեռ-Զեյթուն", "Kanaker-Zeytun", "Канакер-Зейтун", 45, 74),
            District("Կենտրոն", "Kentron", "Кентрон", 1, 120),
            District("Մալաթիա-Սեբաստիա", "Malatia-Sebastia", "Малатия-Себастия", 61, 141),
            District("Նորք-Մարաշ", "Nork-Marash", "Норк-Мараш", 51, 11),
            District("Նոր Նորք", "Nor Nork", "Нор-Норк", 56, 135),
            District("Նուբարաշեն", "Nubarashen", "Нубарашен", 86, 12),
            District("Շենգավիթ", "Shengavit", "Шенгавит", 80, 141),
        ];
    }
}
