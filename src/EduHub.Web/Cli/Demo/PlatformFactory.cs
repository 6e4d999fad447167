using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.Web.Cli.Demo;

/// <summary>Platforms run by an already generated organisation, with subjects, grades, languages, cost and channels.</summary>
internal sealed class PlatformFactory(DemoRandom random, DemoTitles titles)
{
    private static readonly int[][] GradeRanges = [[1, 4], [1, 9], [5, 9], [10, 12], [1, 12], [5, 12]];

    private readonly List<DemoEntity> _created = [];

    public IReadOnlyList<DemoEntity> Created => _created;

    public IEnumerable<ContentItem> Create(IReadOnlyList<(DemoEntity Entity, Localized Theme)> organizations, int maxItems)
    {
        var (provider, theme) = random.Pick(organizations);
        var kind = random.Pick(DemoCatalog.PlatformKinds);
        var title = titles.Unique(new Localized($"«{theme.Hy}» {kind.Name.Hy}", $"{theme.En} {kind.Name.En}", $"{kind.Name.Ru} «{theme.Ru}»"));
        var host = DemoFields.Ascii(title.En) + ".example.org";
        var subjects = kind.SubjectSlugs is { } slugs ? random.Subset(slugs, 1, slugs.Count) : random.Subset(DemoTerms.SubjectSlugs, 2, 10);
        var grades = random.Pick(GradeRanges);
        var languages = new List<string> { "hy" };
        if (random.Chance(0.3))
        {
            languages.Add("ru");
        }

        if (random.Chance(0.2))
        {
            languages.Add("en");
        }

        var channels = kind.Channels.ToList();
        if (channels.Contains("web") && !channels.Contains("mobile-app") && random.Chance(0.3))
        {
            channels.Add("mobile-app");
        }

        var cost = random.Weighted(new[] { ("free", 60.0), ("freemium", 25.0), ("paid", 15.0) }, c => c.Item2).Item1;
        var kbps = kind.MaxKbps == 0 ? 0 : random.Next(kind.MinKbps / 64, (kind.MaxKbps / 64) + 1) * 64;
        var accessible = random.Chance(0.3);
        var phone = DemoPhones.Landline(random, "10");
        var entity = new DemoEntity(random.ContentItemId());
        _created.Add(entity);
        foreach (var culture in DemoCultures.ForTranslatedEntity(random, maxItems))
        {
            var item = DemoFields.NewItem("Platform", random.ContentItemId(), title, culture, entity.LocalizationSet, autoroute: true);
            var part = new JsonObject
            {
                ["Summary"] = DemoFields.Text(kind.Summary.In(culture)),
                ["Description"] = DemoFields.Html(kind.Summary.In(culture)),
                ["Website"] = DemoFields.Link("https://" + host),
                ["Provider"] = DemoFields.Picker([provider.IdIn(culture)]),
                ["Subjects"] = DemoFields.Terms(DemoTerms.SubjectsTaxonomy, subjects.Select(DemoTerms.Subject)),
                ["Grades"] = DemoFields.Values(Enumerable.Range(grades[0], grades[1] - grades[0] + 1).Select(DemoFields.Invariant)),
                ["Languages"] = DemoFields.Terms(DemoTerms.LanguagesTaxonomy, languages.Select(DemoTerms.Language)),
                ["Cost"] = DemoFields.Text(cost),
                ["AccessChannels"] = DemoFields.Values(channels),
                ["DeviceRequirements"] = DemoFields.Text((kbps == 0 ? DemoCatalog.TelevisionOnly : DemoCatalog.SmartphoneIsEnough).In(culture)),
                ["MinimumBandwidthKbps"] = DemoFields.Number(kbps),
                ["ContactEmail"] = DemoFields.Text("support@" + host),
                ["ContactPhone"] = DemoFields.Text(phone),
            };
            if (accessible)
            {
                part["Accessibility"] = DemoFields.Text(DemoCatalog.Subtitles.In(culture));
            }

            item.Content["Platform"] = part;
            entity.Add(culture, item.ContentItemId);
            yield return item;
        }
    }
}
