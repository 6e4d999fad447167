namespace EduHub.Web.Cli.Demo;

/// <summary>The culture mix: Armenian first; some English and Russian.</summary>
internal static class DemoCultures
{
    /// <summary>Organisations and platforms: always Armenian, often an English and sometimes a Russian translation.</summary>
    public static IEnumerable<string> ForTranslatedEntity(DemoRandom random, int maxItems)
    {
        var cultures = new List<string> { "hy" };
        if (random.Chance(0.5))
        {
            cultures.Add("en");
        }

        if (random.Chance(0.2))
        {
            cultures.Add("ru");
        }

        return cultures.Take(Math.Max(1, maxItems));
    }

    /// <summary>Schools and mentors: one item each, 85% Armenian, 10% English, 5% Russian.</summary>
    public static string ForSingleItem(DemoRandom random)
    {
        var roll = random.Next(0, 100);
        return roll < 85 ? "hy" : roll < 95 ? "en" : "ru";
    }
}
