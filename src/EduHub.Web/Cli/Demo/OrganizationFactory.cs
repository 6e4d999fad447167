namespace EduHub.Web.Cli.Demo;

/// <summary>Fictional partner organisations named after a theme word, in Armenian with some English and Russian translations.</summary>
internal sealed class OrganizationFactory(DemoRandom random, DemoTitles titles)
{
    private readonly List<(DemoEntity Entity, Localized Theme)> _created = [];

    public IReadOnlyList<(DemoEntity Entity, Localized Theme)> Created => _created;

    /// <summary>One organisation: the Armenian item and up to <paramref name="maxItems"/> - 1 translations.</summary>
    public IEnumerable<Core.Contents.ContentItem> Create(int maxItems)
    {
        var kind = random.Weighted(DemoCatalog.OrganizationKinds, k => k.Weight);
        var theme = random.Pick(DemoNames.Themes);
        var title = titles.Unique(kind.Name.Format(theme));
        var host = DemoFields.Ascii(title.En) + ".example.org";
        var place = random.Chance(0.7) ? DemoPlaces.Regions[0].Settlements[0] : random.Pick(random.Pick(DemoPlaces.Regions).Settlements);
        var phone = DemoPhones.Landline(random, place.AreaCode);
        var entity = new DemoEntity(random.ContentItemId());
        _created.Add((entity, theme));
        foreach (var culture in DemoCultures.ForTranslatedEntity(random, maxItems))
        {
            var item = DemoFields.NewItem("PartnerOrganization", random.ContentItemId(), title, culture, entity.LocalizationSet, autoroute: true);
            item.Content["PartnerOrganization"] = new System.Text.Json.Nodes.JsonObject
            {
                ["Kind"] = DemoFields.Text(kind.Value),
                ["Website"] = DemoFields.Link("https://" + host),
                ["Email"] = DemoFields.Text("info@" + host),
                ["Phone"] = DemoFields.Text(phone),
                ["Description"] = DemoFields.Html(kind.Description.In(culture)),
            };
            entity.Add(culture, item.ContentItemId);
            yield return item;
        }
    }
}
