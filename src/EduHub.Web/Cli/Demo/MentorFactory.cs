using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.Web.Cli.Demo;

/// <summary>Fictional ICT-trained mentor-teachers: a random pairing of a common first name and surname, contacts at example.org.</summary>
internal sealed class MentorFactory(DemoRandom random)
{
    private static readonly DateTime TrainingStart = new(2018, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    private int _count;

    /// <param name="homeSchool">The school the mentor teaches at and the region it is in; null when no school was generated.</param>
    public ContentItem Create(string contentItemId, (string Id, DemoRegion Region)? homeSchool)
    {
        var first = random.Chance(0.6) ? random.Pick(DemoNames.FemaleFirstNames) : random.Pick(DemoNames.MaleFirstNames);
        var surname = random.Pick(DemoNames.Surnames);
        var title = new Localized($"{first.Hy} {surname.Hy}", $"{first.En} {surname.En}", $"{first.Ru} {surname.Ru}");
        var culture = DemoCultures.ForSingleItem(random);
        var item = DemoFields.NewItem("Mentor", contentItemId, title, culture, random.ContentItemId(), autoroute: false);

        var region = homeSchool?.Region ?? random.Weighted(DemoPlaces.Regions, r => r.Population);
        var regions = new List<string> { region.TermId };
        if (random.Chance(0.2) && random.Pick(DemoPlaces.Regions).TermId is var other && other != region.TermId)
        {
            regions.Add(other);
        }

        var subjects = random.Subset(DemoTerms.SubjectSlugs, 1, 3);
        if (random.Chance(0.4) && !subjects.Contains("informatics"))
        {
            subjects.Add("informatics");
        }

        var languages = new List<string> { "hy" };
        if (random.Chance(0.35))
        {
            languages.Add("ru");
        }

        if (random.Chance(0.25))
        {
            languages.Add("en");
        }

        _count++;
        var part = new JsonObject();
        if (homeSchool is { } school)
        {
            part["HomeSchool"] = DemoFields.Picker([school.Id]);
        }

        part["RegionsServed"] = DemoFields.Terms(DemoTerms.RegionsTaxonomy, regions);
        part["Subjects"] = DemoFields.Terms(DemoTerms.SubjectsTaxonomy, subjects.Select(DemoTerms.Subject));
        part["TrainingProgramme"] = DemoFields.Text(DemoCatalog.TrainingProgramme.In(culture));
        part["TrainingCompleted"] = DemoFields.Date(TrainingStart.AddDays(random.Next(0, 3 * 365)));
        part["Languages"] = DemoFields.Terms(DemoTerms.LanguagesTaxonomy, languages.Select(DemoTerms.Language));
        part["Availability"] = DemoFields.Text(random.Pick(DemoCatalog.Availability).In(culture));
        part["Email"] = DemoFields.Text($"{DemoFields.Ascii(first.En)}.{DemoFields.Ascii(surname.En)}.{DemoFields.Invariant(_count)}@example.org");
        part["Phone"] = DemoFields.Text(DemoPhones.Mobile(random));
        item.Content["Mentor"] = part;
        return item;
    }
}
