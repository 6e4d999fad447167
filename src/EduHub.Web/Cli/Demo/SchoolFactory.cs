using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.Web.Cli.Demo;

/// <summary>
/// Schools spread over the 11 regions in proportion to their population and named as Armenian schools are:
/// «Գյումրու թիվ 41 միջնակարգ դպրոց» / "Gyumri Secondary School No. 41" / "Средняя школа № 41 г. Гюмри".
/// </summary>
internal sealed class SchoolFactory(DemoRandom random)
{
    private static readonly (string Code, double Chance)[] MinorityLanguages = [("de", 0.01), ("fr", 0.005), ("el", 0.003), ("aii", 0.005), ("ku", 0.005), ("x-yezidi", 0.005)];

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public (ContentItem Item, DemoRegion Region) Create(IReadOnlyList<DemoEntity> platforms, IReadOnlyList<string> mentorIds)
    {
        var region = random.Weighted(DemoPlaces.Regions, r => r.Population);
        var place = random.Weighted(region.Settlements, s => s.Weight);
        var kind = random.Weighted(DemoCatalog.SchoolKinds, k => k.Weight);
        var number = _numbers[place.Town.En] = _numbers.GetValueOrDefault(place.Town.En) + 1;
        var n = DemoFields.Invariant(number);
        var title = new Localized(
            $"{place.TownGenitiveHy} թիվ {n} {kind.Name.Hy}",
            $"{place.Town.En} {kind.Name.En} No. {n}",
            $"{kind.Name.Ru} № {n} {(place.IsVillage ? "с." : "г.")} {place.Town.Ru}");
        var culture = DemoCultures.ForSingleItem(random);
        var item = DemoFields.NewItem("School", random.ContentItemId(), title, culture, random.ContentItemId(), autoroute: true);

        var scale = place.IsVillage ? 0.4 : 1.0;
        var pupils = random.Next((int)(kind.MinPupils * scale), (int)(kind.MaxPupils * scale) + 1);
        var postalCode = place.PostalCode + random.Next(0, place.PostalSpan);
        var street = random.Pick(DemoNames.Streets);
        var house = DemoFields.Invariant(random.Next(1, 120));
        var mailbox = $"{DemoFields.Ascii(place.Town.En).Replace("-", "", StringComparison.Ordinal)}{n}";
        var part = new JsonObject
        {
            ["Region"] = DemoFields.Terms(DemoTerms.RegionsTaxonomy, [region.TermId]),
            ["Community"] = DemoFields.Text(place.Community.In(culture)),
            ["Address"] = DemoFields.Text(string.Format(null, street.In(culture), house)),
            ["PostalCode"] = DemoFields.Text(postalCode.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)),
            ["Phone"] = DemoFields.Text(DemoPhones.Landline(random, place.AreaCode)),
            ["Email"] = DemoFields.Text(mailbox + "@example.org"),
            ["SchoolType"] = DemoFields.Text(kind.Value),
            ["Languages"] = DemoFields.Terms(DemoTerms.LanguagesTaxonomy, Languages(culture).Select(DemoTerms.Language)),
            ["Pupils"] = DemoFields.Number(pupils),
            ["PilotSchool"] = DemoFields.Boolean(random.Chance(0.01)),
        };
        if (random.Chance(0.2))
        {
            part["Website"] = DemoFields.Link($"https://{mailbox}.example.org");
        }

        if (mentorIds.Count > 0)
        {
            part["Mentors"] = DemoFields.Picker(mentorIds);
        }

        if (platforms.Count > 0)
        {
            part["Platforms"] = DemoFields.Picker(random.Subset(platforms, 1, 4).Select(p => p.IdIn(culture)));
        }

        item.Content["School"] = part;
        return (item, region);
    }

    private List<string> Languages(string culture)
    {
        var languages = new List<string> { "hy" };
        if (culture == "ru" || random.Chance(0.12))
        {
            languages.Add("ru");
        }

        if (culture == "en" && random.Chance(0.3))
        {
            languages.Add("en");
        }

        languages.AddRange(MinorityLanguages.Where(l => random.Chance(l.Chance)).Select(l => l.Code));
        return languages;
    }
}
